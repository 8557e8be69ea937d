using System.Security.Claims;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Identity;

/// <summary>Adds the claims the framework reads: the user's tenant and unit.</summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
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
        return identity;
    }
}
