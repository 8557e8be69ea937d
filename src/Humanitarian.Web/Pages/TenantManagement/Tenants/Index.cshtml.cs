using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>The host's list of provinces, cities and districts (tenants).</summary>
[Authorize(TenantManagementPermissions.Tenants.Default)]
public sealed class IndexModel(ITenantAppService tenantAppService) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

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
        var tenant = await tenantAppService.GetAsync(id);
        await tenantAppService.DeleteAsync(id);
        SetNotice("Tenants:Deleted", tenant.DisplayName);
        return RedirectToPage(ListRoute());
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Query.Normalize();
        Result = await tenantAppService.GetListAsync(new TenantListInput
        {
            Filter = Query.Filter,
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
            Sorting = "displayName",
        });
        Pager = Query.Pager(Result.TotalCount);
        CanCreate = await IsGrantedAsync(TenantManagementPermissions.Tenants.Create);
        CanUpdate = await IsGrantedAsync(TenantManagementPermissions.Tenants.Update);
        CanDelete = await IsGrantedAsync(TenantManagementPermissions.Tenants.Delete);
        CanReorganise = await IsGrantedAsync(TenantManagementPermissions.Tenants.Reorganise);
    }

    /// <summary>The list as it was: same filter and page.</summary>
    public object ListRoute() => Query.Route();
}
