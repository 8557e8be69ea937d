using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Identity;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity;

/// <summary>The modules' read-only view of the current tenant's role names (the tenant filter applies).</summary>
public sealed class IdentityRoleLookupServiceProvider(RoleManager<AppRole> roleManager, UserManager<AppUser> userManager, HumanitarianDbContext dbContext)
    : IExternalRoleLookupServiceProvider, ITransientDependency
{
    public async Task<IReadOnlyList<string>> GetRoleNamesAsync(CancellationToken cancellationToken = default) =>
        await roleManager.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<IUserData>> GetActiveUsersInRoleAsync(string roleName, CancellationToken cancellationToken = default)
    {
        // The tenant filter on roles and users keeps this to the current tenant; user-role rows have none of their own.
        var normalized = roleManager.NormalizeKey(roleName);
        var roleIds = roleManager.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id);
        var userIds = dbContext.Set<IdentityUserRole<Guid>>().Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await userManager.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.IsActive)
            .OrderBy(u => u.UserName).Select(IdentityUserLookupServiceProvider.ToData).ToListAsync(cancellationToken);
    }
}
