using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Pledges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donors;

/// <summary>A donor, when and by whom the consent to publish the name was recorded, and the donor's history: pledges and donations.</summary>
[Authorize(FundraisingPermissions.Donors.Default)]
public sealed class DetailsModel(IDonorAppService donorAppService, IDonationAppService donationAppService, IPledgeAppService pledgeAppService)
    : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    public DonorDto Donor { get; private set; } = null!;
    public PagedResultDto<DonationDto> Donations { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;

    /// <summary>The donor's pledges, soonest due first; null when the caller may not read pledges.</summary>
    public PagedResultDto<PledgeDto>? Pledges { get; private set; }

    public bool CanPledge { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDonate { get; private set; }
    public bool CanDelete { get; private set; }

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= falls back to the default, it is no form error
        return LoadAsync();
    }

    /// <summary>Refused, with the service's message, for a donor with donations on record.</summary>
    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear();
        var donor = await donorAppService.GetAsync(Id);
        await donorAppService.DeleteAsync(Id);
        SetNotice("Donors:Deleted", donor.Name);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Query.Normalize();
        Donor = await donorAppService.GetAsync(Id);
        // Someone who may see donors but not donations still sees the donor.
        if (await IsGrantedAsync(FundraisingPermissions.Donations.Default))
        {
            Donations = await donationAppService.GetListAsync(new DonationListInput { DonorId = Id, SkipCount = Query.Skip, MaxResultCount = Query.Max });
        }
        Pager = Query.Pager(Donations.TotalCount, ("id", Id));
        if (await IsGrantedAsync(FundraisingPermissions.Pledges.Default))
        {
            Pledges = await pledgeAppService.GetListAsync(new PledgeListInput { DonorId = Id, MaxResultCount = PagerModel.DefaultMax });
        }
        CanPledge = await IsGrantedAsync(FundraisingPermissions.Pledges.Create);
        CanUpdate = await IsGrantedAsync(FundraisingPermissions.Donors.Update);
        CanDonate = await IsGrantedAsync(FundraisingPermissions.Donations.Create);
        CanDelete = await IsGrantedAsync(FundraisingPermissions.Donors.Delete);
    }
}
