using Humanitarian.Framework.Application;

namespace Humanitarian.Web.PermissionManagement;

/// <summary>
/// ABP's IPermissionAppService: the permission editor calls it through this interface, so its permission
/// check holds for the page as for the API.
/// </summary>
public interface IPermissionAppService : IApplicationService
{
    Task<GetPermissionListResultDto> GetAsync(string providerName, string providerKey);
    Task UpdateAsync(string providerName, string providerKey, UpdatePermissionsDto input);
}
