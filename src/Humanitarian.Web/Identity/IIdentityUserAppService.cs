using Humanitarian.Framework.Application;

namespace Humanitarian.Web.Identity;

/// <summary>
/// ABP's IIdentityUserAppService: the pages call users through it, so its permission checks hold for
/// them as for the API.
/// </summary>
public interface IIdentityUserAppService : IApplicationService
{
    Task<PagedResultDto<IdentityUserDto>> GetListAsync(PagedAndSortedFilterRequestDto input);
    Task<IdentityUserDto> GetAsync(Guid id);
    Task<ListResultDto<IdentityRoleDto>> GetRolesAsync(Guid id);
    Task<ListResultDto<IdentityRoleDto>> GetAssignableRolesAsync();
    Task<IdentityUserDto> CreateAsync(IdentityUserCreateDto input);
    Task<IdentityUserDto> UpdateAsync(Guid id, IdentityUserUpdateDto input);
    Task DeleteAsync(Guid id);
}
