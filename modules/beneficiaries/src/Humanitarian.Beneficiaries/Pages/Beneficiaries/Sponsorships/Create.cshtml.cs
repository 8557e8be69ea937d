using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Donors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Sponsorships;

/// <summary>
/// A sponsor commits to an address: one of Organization's units or committee members or one of
/// Fundraising's donors, chosen from their lists, or anyone else by name. <c>?sponsorKind=</c> switches which, as the address form's kind does.
/// </summary>
[Authorize(BeneficiariesPermissions.Sponsorships.Create)]
public sealed class CreateModel(
    ISponsorshipAppService sponsorshipAppService,
    IHumanitarianAddressAppService addressAppService,
    BeneficiaryLookups lookups,
    IDonorLookup donors,
    TimeProvider clock) : BeneficiariesPageModel, ICommitmentForm
{
    public static readonly SponsorKind[] OfferedKinds = [SponsorKind.Unit, SponsorKind.CommitteeMember, SponsorKind.Donor, SponsorKind.Other];

    [BindProperty]
    public CreateSponsorshipDto Input { get; set; } = new();

    UpdateSponsorshipDto ICommitmentForm.Input => Input;

    public HumanitarianAddressDto Address { get; private set; } = null!;
    public List<SelectListItem> Sponsors { get; private set; } = [];
    public List<SelectListItem> SupportKinds { get; private set; } = [];
    public List<SelectListItem> Needs { get; private set; } = [];

    public async Task OnGetAsync(Guid addressId, SponsorKind? sponsorKind)
    {
        ModelState.Clear(); // a malformed ?sponsorKind= is a unit, it is no form error
        Input.HumanitarianAddressId = addressId;
        Input.SponsorKind = sponsorKind is { } kind && OfferedKinds.Contains(kind) ? kind : SponsorKind.Unit;
        Input.StartDate = VietnamCalendar.Today(clock);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var sponsorship = await sponsorshipAppService.CreateAsync(Input);
        SetNotice("Sponsorships:Created", sponsorship.SponsorName);
        return RedirectToPage("/Beneficiaries/Addresses/Details", new { id = sponsorship.HumanitarianAddressId });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    /// <summary>The DTO's <c>Kind</c> is what the support is, cash or goods: labelled (and named in errors) so.</summary>
    protected override string FieldLabelKey(string propertyName) =>
        propertyName == nameof(CreateSponsorshipDto.Kind) ? "Field:SupportKind" : base.FieldLabelKey(propertyName);

    private async Task LoadAsync()
    {
        Address = await addressAppService.GetAsync(Input.HumanitarianAddressId);
        Sponsors = Input.SponsorKind switch
        {
            SponsorKind.Unit => BeneficiaryLookups.UnitOptions(await lookups.GetAllUnitsAsync(), Input.SponsorId),
            SponsorKind.CommitteeMember => (await lookups.GetCurrentMembersAsync())
                .Select(m => new SelectListItem(m.FullName, m.Id.ToString(), m.Id == Input.SponsorId)).ToList(),
            SponsorKind.Donor => (await donors.GetAllAsync()).Select(d => new SelectListItem(d.Name, d.Id.ToString(), d.Id == Input.SponsorId)).ToList(),
            _ => [],
        };
        SupportKinds = EnumItems(KindName, (SupportKind?)Input.Kind);
        Needs = Enum.GetValues<AddressNeed>().Select(n => new SelectListItem(NeedName(n), n.ToString(), Input.Needs.Contains(n))).ToList();
    }
}
