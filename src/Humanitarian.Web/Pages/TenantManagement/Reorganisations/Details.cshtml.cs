using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace Humanitarian.Web.Pages.TenantManagement.Reorganisations;

/// <summary>The report of one merger or dissolution, as it was kept when it was done.</summary>
[Authorize(TenantManagementPermissions.Tenants.Reorganise)]
public sealed class DetailsModel(ITenantReorganisationAppService reorganisationAppService) : HumanitarianPageModel
{
    public TenantReorganisationDto Report { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Report = await reorganisationAppService.GetAsync(id);
}
