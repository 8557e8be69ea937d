using Humanitarian.Framework.Application;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>Anonymous tenant look-up used before sign-in (ABP's AbpTenantController).</summary>
[ApiController]
[Route("api/abp/multi-tenancy/tenants")]
[RemoteService(Name = "abp")]
[AllowAnonymous]
public sealed class TenantLookupController(ITenantStore tenantStore) : ControllerBase
{
    [HttpGet("by-name/{name}")]
    public async Task<FindTenantResultDto> FindByNameAsync(string name) => ToResult(await tenantStore.FindAsync(name));

    [HttpGet("by-id/{id:guid}")]
    public async Task<FindTenantResultDto> FindByIdAsync(Guid id) => ToResult(await tenantStore.FindAsync(id));

    private static FindTenantResultDto ToResult(TenantConfiguration? tenant) => tenant is null
        ? new FindTenantResultDto(false, null, null, null, false)
        : new FindTenantResultDto(true, tenant.Id, tenant.Name, tenant.DisplayName, tenant.IsActive);
}
