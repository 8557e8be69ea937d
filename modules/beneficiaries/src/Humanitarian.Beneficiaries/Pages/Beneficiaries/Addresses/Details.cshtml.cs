using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Deliveries;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Sponsorships;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>
/// An address's whole record (sensitive data only with the permission), its consents, its probable
/// duplicates, and its sponsorships with their deliveries: where sponsorships are ended and deliveries recorded.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Default)]
public sealed class DetailsModel(
    IHumanitarianAddressAppService addressAppService,
    ISponsorshipAppService sponsorshipAppService,
    ISupportDeliveryAppService deliveryAppService,
    IUnitLookup units,
    IExternalUserLookupServiceProvider users,
    TimeProvider clock) : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public HumanitarianAddressDto Address { get; private set; } = null!;
    public IReadOnlyList<PossibleDuplicateDto> Duplicates { get; private set; } = [];
    public IReadOnlyList<SponsorshipDto> Sponsorships { get; private set; } = [];
    public ILookup<Guid, SupportDeliveryDto> Deliveries { get; private set; } = Array.Empty<SupportDeliveryDto>().ToLookup(d => d.SponsorshipId);
    public string? SurveyingUnitName { get; private set; }
    public Dictionary<Guid, string> RecordedByNames { get; private set; } = [];
    public bool CanSeeSensitive { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanSeeSponsorships { get; private set; }
    public bool CanCreateSponsorship { get; private set; }
    public bool CanUpdateSponsorship { get; private set; }
    public bool CanDeleteSponsorship { get; private set; }
    public bool CanSeeDeliveries { get; private set; }
    public bool CanCreateDelivery { get; private set; }
    public bool CanDeleteDelivery { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var address = await addressAppService.GetAsync(Id);
        await addressAppService.DeleteAsync(Id);
        SetNotice("Addresses:Deleted", address.FullName);
        return RedirectToPage("Index");
    }

    /// <summary>Ends a sponsorship today: the sponsor withdraws, and what was delivered stays on record.</summary>
    public async Task<IActionResult> OnPostEndSponsorshipAsync(Guid sponsorshipId)
    {
        var sponsorship = await sponsorshipAppService.GetAsync(sponsorshipId);
        var input = sponsorship.ToUpdateDto();
        input.EndDate = VietnamCalendar.Today(clock);
        await sponsorshipAppService.UpdateAsync(sponsorshipId, input);
        SetNotice("Sponsorships:Ended", sponsorship.SponsorName);
        return RedirectToPage("Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteSponsorshipAsync(Guid sponsorshipId)
    {
        var sponsorship = await sponsorshipAppService.GetAsync(sponsorshipId);
        await sponsorshipAppService.DeleteAsync(sponsorshipId);
        SetNotice("Sponsorships:Deleted", sponsorship.SponsorName);
        return RedirectToPage("Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteDeliveryAsync(Guid deliveryId)
    {
        var delivery = await deliveryAppService.GetAsync(deliveryId);
        await deliveryAppService.DeleteAsync(deliveryId);
        SetNotice("Deliveries:Deleted", Date(delivery.Date));
        return RedirectToPage("Details", new { id = Id });
    }

    /// <summary>A refused end or delete: the message over the page as it is.</summary>
    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string ConsentName(string purpose) => L["Consent:" + purpose];

    private async Task LoadAsync()
    {
        Address = await addressAppService.GetAsync(Id);
        Duplicates = (await addressAppService.GetPossibleDuplicatesAsync(Id)).Items;
        CanSeeSensitive = await IsGrantedAsync(BeneficiariesPermissions.SensitiveData);
        CanUpdate = await IsGrantedAsync(BeneficiariesPermissions.Addresses.Update);
        CanDelete = await IsGrantedAsync(BeneficiariesPermissions.Addresses.Delete);
        CanSeeSponsorships = await IsGrantedAsync(BeneficiariesPermissions.Sponsorships.Default);
        CanCreateSponsorship = await IsGrantedAsync(BeneficiariesPermissions.Sponsorships.Create);
        CanUpdateSponsorship = await IsGrantedAsync(BeneficiariesPermissions.Sponsorships.Update);
        CanDeleteSponsorship = await IsGrantedAsync(BeneficiariesPermissions.Sponsorships.Delete);
        CanSeeDeliveries = await IsGrantedAsync(BeneficiariesPermissions.SupportDeliveries.Default);
        CanCreateDelivery = await IsGrantedAsync(BeneficiariesPermissions.SupportDeliveries.Create);
        CanDeleteDelivery = await IsGrantedAsync(BeneficiariesPermissions.SupportDeliveries.Delete);
        if (CanSeeSponsorships)
        {
            Sponsorships = await PagedResults.ReadAllAsync(skip => sponsorshipAppService.GetListAsync(new SponsorshipListInput
            {
                HumanitarianAddressId = Id, Sorting = "startDate desc", SkipCount = skip, MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount,
            }));
        }
        if (CanSeeDeliveries && Sponsorships.Count > 0)
        {
            Deliveries = (await PagedResults.ReadAllAsync(skip => deliveryAppService.GetListAsync(new SupportDeliveryListInput
            {
                HumanitarianAddressId = Id, Sorting = "date desc", SkipCount = skip, MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount,
            }))).ToLookup(d => d.SponsorshipId);
        }
        SurveyingUnitName = Address.SurveyingUnitId is { } unitId
            ? (await units.GetNamesAsync([unitId])).GetValueOrDefault(unitId)
            : null;
        foreach (var userId in Address.Consents.Select(c => c.RecordedBy).OfType<Guid>().Distinct())
        {
            if (await users.FindByIdAsync(userId) is { } user)
            {
                RecordedByNames[userId] = UserData.DisplayNameOf(user);
            }
        }
    }
}
