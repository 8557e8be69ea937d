using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>A donation as recorded (never edited): its receipt, and its cancellation when there was one.</summary>
[Authorize(FundraisingPermissions.Donations.Default)]
public sealed class DetailsModel(IDonationAppService donationAppService, FundraisingLookups lookups) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DonationDto Donation { get; private set; } = null!;
    public string? CollectingUnitName { get; private set; }
    public string? CreditedUnitName { get; private set; }
    public string? CampaignName { get; private set; }
    public bool CanCancel { get; private set; }

    public async Task OnGetAsync()
    {
        Donation = await donationAppService.GetAsync(Id);
        CollectingUnitName = await lookups.UnitNameAsync(Donation.CollectingUnitId);
        CreditedUnitName = await lookups.UnitNameAsync(Donation.CreditedUnitId);
        CampaignName = await lookups.CampaignNameAsync(Donation.CampaignId);
        CanCancel = !Donation.IsCancelled && await IsGrantedAsync(FundraisingPermissions.Donations.Cancel);
    }
}
