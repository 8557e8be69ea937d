using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.TenantManagement.Reorganisations;

/// <summary>The mergers and dissolutions done so far, newest first, each with its report.</summary>
[Authorize(TenantManagementPermissions.Tenants.Reorganise)]
public sealed class IndexModel(TenantReorganisationAppService reorganisationAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "skip")]
    public int Skip { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public int Max { get; set; } = PagerModel.DefaultMax;

    public PagedResultDto<TenantReorganisationDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?max= falls back to the default, it is no form error
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        Filter = Filter?.Trim();
        Result = await reorganisationAppService.GetListAsync(new TenantReorganisationListInput
        {
            Filter = string.IsNullOrEmpty(Filter) ? null : Filter[..Math.Min(Filter.Length, 256)],
            SkipCount = Skip,
            MaxResultCount = Max,
        });
        Pager = new PagerModel(Result.TotalCount, Skip, Max, new Dictionary<string, string?> { ["filter"] = Filter });
    }
}
