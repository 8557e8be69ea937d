using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Identity;

/// <summary>
/// The principal a user would get by signing in now (Identity's claims factory, so roles from committee
/// seats too), for background work done in their name; nobody's for a user removed, moved to another
/// tenant, deactivated or locked.
/// </summary>
public sealed class UserPrincipalFactory(
    UserManager<AppUser> userManager, IUserClaimsPrincipalFactory<AppUser> claimsFactory, ICurrentTenant currentTenant)
    : IUserPrincipalFactory, ITransientDependency
{
    public async Task<ClaimsPrincipal?> CreateAsync(Guid? tenantId, Guid userId)
    {
        using (currentTenant.Change(tenantId))
        {
            var user = await userManager.FindByIdAsync(userId.ToString());
            if (user is null || user.TenantId != tenantId || !user.IsActive || await userManager.IsLockedOutAsync(user))
            {
                return null;
            }
            return await claimsFactory.CreateAsync(user);
        }
    }
}
