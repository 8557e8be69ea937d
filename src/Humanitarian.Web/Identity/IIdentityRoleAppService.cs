using Humanitarian.Framework.Application;

namespace Humanitarian.Web.Identity;

/// <summary>
/// ABP's IIdentityRoleAppService: the pages call roles through it, so its permission checks hold for
/// them as for the API.
/// </summary>
public interface IIdentityRoleAppService : IApplicationService
{
    Task<PagedResultDto<IdentityRoleDto>> GetListAsync(PagedAndSortedFilterRequestDto input);
    Task<ListResultDto<IdentityRoleDto>> GetAllListAsync();
    Task<IdentityRoleDto> GetAsync(Guid id);
    Task<IdentityRoleDto> CreateAsync(IdentityRoleCreateDto input);
    Task<IdentityRoleDto> UpdateAsync(Guid id, IdentityRoleUpdateDto input);
    Task DeleteAsync(Guid id);
}
