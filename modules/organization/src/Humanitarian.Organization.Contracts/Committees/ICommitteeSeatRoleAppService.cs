using Humanitarian.Framework.Application;

namespace Humanitarian.Organization.Committees;

/// <summary>
/// Which role each committee position confers in the current tenant (setting
/// <see cref="OrganizationSettingNames.CommitteeSeatRoles"/>); the tenant admin decides.
/// </summary>
public interface ICommitteeSeatRoleAppService : IApplicationService
{
    Task<ListResultDto<CommitteeSeatRoleDto>> GetAsync();
    Task<ListResultDto<CommitteeSeatRoleDto>> UpdateAsync(UpdateCommitteeSeatRolesDto input);
}
