using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Pledges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Pledges;

/// <summary>What donors promised, soonest due first, by fund, donor and lateness; how much of each has come.</summary>
[Authorize(FundraisingPermissions.Pledges.Default)]
public sealed class IndexModel(IPledgeAppService pledgeAppService, FundraisingLookups lookups) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "fundId")]
    public Guid? FundId { get; set; }

    [BindProperty(SupportsGet = true, Name = "donorId")]
    public Guid? DonorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool? Overdue { get; set; }

    public PagedResultDto<PledgeDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Funds { get; private set; } = [];
    public List<SelectListItem> Donors { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }

    public bool IsFiltered => FundId is not null || DonorId is not null || Overdue is not null;

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?overdue= falls back to the default, it is no form error
        return LoadAsync();
    }

    /// <summary>Refused, with the service's message, for a pledge that donations were recorded against.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var pledge = await pledgeAppService.GetAsync(id);
        await pledgeAppService.DeleteAsync(id);
        SetNotice("Pledges:Deleted", pledge.DonorName, Vnd.Format(pledge.Amount));
        return RedirectToPage(ListRoute());
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public object ListRoute() => Query.Route(("fundId", FundId), ("donorId", DonorId), ("overdue", Overdue));

    private async Task LoadAsync()
    {
        Query.Normalize();
        Funds = await lookups.FundOptionsAsync(FundId);
        Donors = await lookups.DonorOptionsAsync(DonorId);
        Result = await pledgeAppService.GetListAsync(new PledgeListInput
        {
            FundId = FundId, DonorId = DonorId, IsOverdue = Overdue, SkipCount = Query.Skip, MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("fundId", FundId), ("donorId", DonorId), ("overdue", Overdue));
        CanCreate = await IsGrantedAsync(FundraisingPermissions.Pledges.Create);
        CanUpdate = await IsGrantedAsync(FundraisingPermissions.Pledges.Update);
        CanDelete = await IsGrantedAsync(FundraisingPermissions.Pledges.Delete);
    }
}
