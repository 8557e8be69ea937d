using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity;

/// <summary>The modules' read-only view of the current tenant's role names (the tenant filter applies).</summary>
public sealed class IdentityRoleLookupServiceProvider(RoleManager<AppRole> roleManager)
    : IExternalRoleLookupServiceProvider, ITransientDependency
{
    public async Task<IReadOnlyList<string>> GetRoleNamesAsync(CancellationToken cancellationToken = default) =>
        await roleManager.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);
}
