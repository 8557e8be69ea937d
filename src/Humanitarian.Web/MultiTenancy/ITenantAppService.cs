using Humanitarian.Framework.Application;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>
/// ABP's ITenantAppService: the pages call tenants through it, so its permission checks hold for them
/// as for the API.
/// </summary>
public interface ITenantAppService : IApplicationService
{
    Task<PagedResultDto<TenantDto>> GetListAsync(TenantListInput input);
    Task<TenantDto> GetAsync(Guid id);
    Task<TenantDto> CreateAsync(TenantCreateDto input);
    Task<TenantDto> UpdateAsync(Guid id, TenantUpdateDto input);
    Task DeleteAsync(Guid id);
}
