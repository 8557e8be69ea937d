using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Disbursements;

/// <summary>What left the funds, newest first, by fund and days; searched by purpose or restriction.</summary>
[Authorize(FundraisingPermissions.Disbursements.Default)]
public sealed class IndexModel(IDisbursementAppService disbursementAppService, FundraisingLookups lookups) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "fundId")]
    public Guid? FundId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public PagedResultDto<DisbursementDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Funds { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public bool IsFiltered => Query.Filter is not null || FundId is not null || From is not null || To is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?from= falls back to the default, it is no form error
        Query.Normalize();
        Funds = await lookups.FundOptionsAsync(FundId);
        Result = await disbursementAppService.GetListAsync(new DisbursementListInput
        {
            Filter = Query.Filter, FundId = FundId, From = From, To = To, SkipCount = Query.Skip, MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("fundId", FundId), ("from", From), ("to", To));
        CanCreate = await IsGrantedAsync(FundraisingPermissions.Disbursements.Create);
    }
}
