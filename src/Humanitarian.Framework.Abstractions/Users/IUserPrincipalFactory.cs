using System.Security.Claims;

namespace Humanitarian.Framework.Users;

/// <summary>
/// Builds the principal a user has when signed in (roles, tenant, unit claims), for work done on the
/// user's behalf outside a request, such as a background job they enqueued. The host implements it with
/// its identity system.
/// </summary>
public interface IUserPrincipalFactory
{
    /// <returns>Null when the user is not found in <paramref name="tenantId"/> any more, or may no longer
    /// sign in (deactivated, locked): work in their name must then not run at all.</returns>
    Task<ClaimsPrincipal?> CreateAsync(Guid? tenantId, Guid userId);
}
