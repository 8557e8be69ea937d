using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.TenantManagement.Reorganisations;

/// <summary>The mergers and dissolutions done so far, newest first, each with its report.</summary>
[Authorize(TenantManagementPermissions.Tenants.Reorganise)]
public sealed class IndexModel(ITenantReorganisationAppService reorganisationAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    public PagedResultDto<TenantReorganisationDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?max= falls back to the default, it is no form error
        Query.Normalize();
        Result = await reorganisationAppService.GetListAsync(new TenantReorganisationListInput
        {
            Filter = Query.Filter,
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount);
    }
}
