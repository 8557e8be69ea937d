using Humanitarian.Framework.Application;

namespace Humanitarian.Web.Account;

/// <summary>
/// ABP's IProfileAppService: the signed-in user's own profile and password. The account pages call it,
/// so the API and the pages keep the same rules.
/// </summary>
public interface IProfileAppService : IApplicationService
{
    Task<ProfileDto> GetAsync();
    Task<ProfileDto> UpdateAsync(UpdateProfileDto input);
    Task ChangePasswordAsync(ChangePasswordInput input);
}
