using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>The host's list of provinces, cities and districts (tenants).</summary>
[Authorize(TenantManagementPermissions.Tenants.Default)]
public sealed class IndexModel(TenantAppService tenantAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "skip")]
    public int Skip { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public int Max { get; set; } = PagerModel.DefaultMax;

    public PagedResultDto<TenantDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanCreate { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanReorganise { get; private set; }

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?max= falls back to the default, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await IsGrantedAsync(TenantManagementPermissions.Tenants.Delete))
        {
            return Forbid();
        }
        var tenant = await tenantAppService.GetAsync(id);
        await tenantAppService.DeleteAsync(id);
        SetNotice("Tenants:Deleted", tenant.DisplayName);
        return RedirectToPage(ListRoute());
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        Filter = Filter?.Trim();
        Result = await tenantAppService.GetListAsync(new TenantListInput
        {
            Filter = string.IsNullOrEmpty(Filter) ? null : Filter[..Math.Min(Filter.Length, 256)],
            SkipCount = Skip,
            MaxResultCount = Max,
            Sorting = "displayName",
        });
        Pager = new PagerModel(Result.TotalCount, Skip, Max, new Dictionary<string, string?> { ["filter"] = Filter });
        CanCreate = await IsGrantedAsync(TenantManagementPermissions.Tenants.Create);
        CanUpdate = await IsGrantedAsync(TenantManagementPermissions.Tenants.Update);
        CanDelete = await IsGrantedAsync(TenantManagementPermissions.Tenants.Delete);
        CanReorganise = await IsGrantedAsync(TenantManagementPermissions.Tenants.Reorganise);
    }

    /// <summary>The list as it was: same filter and page.</summary>
    public object ListRoute() => new { filter = Filter, skip = Skip, max = Max };
}
