using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Sponsorships;
using Humanitarian.Beneficiaries.Sponsorships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Sponsorships;

/// <summary>
/// A commitment corrected or renewed: value, kind, needs and dates. The sponsor and the address stay (a
/// new sponsor is a new sponsorship); the concurrency stamp turns a change made meanwhile into a message.
/// </summary>
[Authorize(BeneficiariesPermissions.Sponsorships.Update)]
public sealed class EditModel(ISponsorshipAppService sponsorshipAppService) : BeneficiariesPageModel, ICommitmentForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateSponsorshipDto Input { get; set; } = new();

    public SponsorshipDto Sponsorship { get; private set; } = null!;
    public List<SelectListItem> SupportKinds { get; private set; } = [];
    public List<SelectListItem> Needs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = Sponsorship.ToUpdateDto();
        LoadOptions();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var saved = await sponsorshipAppService.UpdateAsync(Id, Input);
        SetNotice("Sponsorships:Saved", saved.SponsorName);
        return RedirectToPage("/Beneficiaries/Addresses/Details", new { id = saved.HumanitarianAddressId });
    }

    protected override async Task OnInputRejectedAsync()
    {
        await LoadAsync();
        LoadOptions();
    }

    protected override string FieldLabelKey(string propertyName) =>
        propertyName == nameof(UpdateSponsorshipDto.Kind) ? "Field:SupportKind" : base.FieldLabelKey(propertyName);

    private async Task LoadAsync() => Sponsorship = await sponsorshipAppService.GetAsync(Id);

    private void LoadOptions()
    {
        SupportKinds = EnumItems(KindName, (SupportKind?)Input.Kind);
        Needs = Enum.GetValues<AddressNeed>().Select(n => new SelectListItem(NeedName(n), n.ToString(), Input.Needs.Contains(n))).ToList();
    }
}
