using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Disbursements;

/// <summary>
/// Money or goods paid out of a fund. <c>?recipientKind=</c> switches the recipient's picker (none for a
/// programme, a unit, a humanitarian address) by links, without script. An amount the fund (or the chosen
/// restriction) does not hold is refused by the service beside the amount.
/// </summary>
[Authorize(FundraisingPermissions.Disbursements.Create)]
public sealed class CreateModel(
    IDisbursementAppService disbursementAppService,
    IFundAppService fundAppService,
    FundraisingLookups lookups,
    TimeProvider clock) : FundraisingPageModel
{
    [BindProperty]
    public CreateDisbursementDto Input { get; set; } = new();

    public List<SelectListItem> Funds { get; private set; } = [];
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Recipients { get; private set; } = [];
    public List<SelectListItem> Documents { get; private set; } = [];

    /// <summary>The chosen fund's restrictions that still hold money, offered as suggestions.</summary>
    public List<FundRestrictionDto> Restrictions { get; private set; } = [];

    public async Task OnGetAsync(Guid? fundId, DisbursementRecipientKind? recipientKind)
    {
        ModelState.Clear(); // a malformed ?recipientKind= is a programme, it is no form error
        Input.FundId = fundId ?? Guid.Empty;
        Input.RecipientKind = recipientKind ?? DisbursementRecipientKind.Programme;
        Input.Date = VietnamCalendar.Today(clock);
        await OnInputRejectedAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Only the picker of the chosen kind was on the form; nothing else names a recipient.
        Input.UnitId = Input.RecipientKind == DisbursementRecipientKind.Unit ? Input.UnitId : null;
        Input.HumanitarianAddressId = Input.RecipientKind == DisbursementRecipientKind.HumanitarianAddress ? Input.HumanitarianAddressId : null;
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var disbursement = await disbursementAppService.CreateAsync(Input);
        SetNotice("Disbursements:Created", Vnd.Format(disbursement.Amount), disbursement.FundName);
        return RedirectToPage("/Fundraising/Funds/Details", new { id = disbursement.FundId });
    }

    /// <summary>The DTO's <c>Kind</c> is what is paid out, money or goods: labelled (and named in errors) so.</summary>
    protected override string FieldLabelKey(string propertyName) =>
        propertyName == nameof(CreateDisbursementDto.Kind) ? "Field:DisbursementKind" : base.FieldLabelKey(propertyName);

    protected override async Task OnInputRejectedAsync()
    {
        Funds = await lookups.FundOptionsAsync(Input.FundId);
        Kinds = EnumItems(KindName, (DisbursementKind?)Input.Kind);
        Documents = await lookups.DocumentOptionsAsync(Input.DecisionDocumentId);
        Recipients = Input.RecipientKind switch
        {
            DisbursementRecipientKind.Unit => await lookups.UnitOptionsAsync(Input.UnitId),
            DisbursementRecipientKind.HumanitarianAddress => await lookups.AddressOptionsAsync(Input.HumanitarianAddressId),
            _ => [],
        };
        Restrictions = Input.FundId == Guid.Empty
            ? []
            : (await fundAppService.GetRestrictionsAsync(Input.FundId)).Items.Where(r => r.Balance > 0).ToList();
    }
}
