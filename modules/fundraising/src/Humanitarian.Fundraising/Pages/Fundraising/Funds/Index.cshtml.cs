using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Funds;

/// <summary>The tenant's funds with what each holds and how much of it is given for a named purpose.</summary>
[Authorize(FundraisingPermissions.Funds.Default)]
public sealed class IndexModel(IFundAppService fundAppService) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    public PagedResultDto<FundDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= falls back to the default, it is no form error
        Query.Normalize();
        Result = await fundAppService.GetListAsync(new FundListInput { Filter = Query.Filter, SkipCount = Query.Skip, MaxResultCount = Query.Max });
        Pager = Query.Pager(Result.TotalCount);
        CanCreate = await IsGrantedAsync(FundraisingPermissions.Funds.Create);
    }
}
