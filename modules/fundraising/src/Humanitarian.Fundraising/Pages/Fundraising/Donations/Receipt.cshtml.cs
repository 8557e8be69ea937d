using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>
/// A donation's receipt laid out as Decree 30/2020/NĐ-CP lays out an administrative document: the issuing
/// body (under its parent) and the number top left, the national title and motto top right, then the
/// title, the content and the signatures. The site's print styles drop the menu and the buttons.
/// </summary>
[Authorize(FundraisingPermissions.Donations.Default)]
public sealed class ReceiptModel(
    IDonationAppService donationAppService,
    IDonorAppService donorAppService,
    ICurrentTenant currentTenant,
    ITenantStore tenantStore) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DonationDto Donation { get; private set; } = null!;
    public DonorDto? Donor { get; private set; }
    public string IssuingBody { get; private set; } = "";
    public string? ParentBody { get; private set; }

    public async Task OnGetAsync()
    {
        Donation = await donationAppService.GetAsync(Id);
        if (Donation.DonorId is { } donorId && await IsGrantedAsync(FundraisingPermissions.Donors.Default))
        {
            Donor = await donorAppService.GetAsync(donorId);
        }
        var tenant = currentTenant.Id is { } tenantId ? await tenantStore.FindAsync(tenantId) : null;
        IssuingBody = tenant?.DisplayName ?? "";
        ParentBody = tenant?.ParentId is { } parentId ? (await tenantStore.FindAsync(parentId))?.DisplayName : null;
    }
}
