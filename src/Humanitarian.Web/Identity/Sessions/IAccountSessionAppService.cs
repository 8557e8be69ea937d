using Humanitarian.Framework.Application;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>
/// The signed-in user's own sessions: the sessions page calls them through this interface, so its sign-in
/// check holds for the page as for the API.
/// </summary>
public interface IAccountSessionAppService : IApplicationService
{
    Task<PagedResultDto<IdentitySessionDto>> GetListAsync(PagedAndSortedResultRequestDto input);
    Task RevokeAsync(Guid id);
}
