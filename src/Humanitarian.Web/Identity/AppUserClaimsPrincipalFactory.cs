using System.Security.Claims;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Identity;

/// <summary>
/// Adds the claims the framework reads: the user's tenant and unit, and the roles the user holds through
/// current committee seats (derived at every sign-in, so an ended term loses its role by itself).
/// </summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options,
    ICommitteeRoleProvider committeeRoles, ICurrentTenant currentTenant)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(AbpClaimTypes.TenantId, tenantId.ToString()));
        }
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(AbpClaimTypes.UnitId, unitId.ToString()));
        }
        // The user's own tenant: the cookie is also refreshed outside tenant resolution.
        using (currentTenant.Change(user.TenantId))
        {
            var roleClaimType = Options.ClaimsIdentity.RoleClaimType;
            foreach (var role in await committeeRoles.GetCurrentRoleNamesAsync(user.Id))
            {
                if (!identity.HasClaim(roleClaimType, role))
                {
                    identity.AddClaim(new Claim(roleClaimType, role));
                }
            }
        }
        return identity;
    }
}
