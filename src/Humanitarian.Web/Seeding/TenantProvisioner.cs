using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Seeding;

/// <summary>
/// Gives a tenant (or the host) its default roles and their grants, and creates its admin user.
/// Safe to run again: existing roles keep the grants an admin gave them, except <c>admin</c>, which
/// always holds every permission of its side (so new modules' permissions reach it).
/// </summary>
public sealed class TenantProvisioner(
    ICurrentTenant currentTenant,
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    PermissionStore permissionStore,
    PermissionDefinitionManager definitions) : ITransientDependency
{
    public async Task EnsureRolesAsync(Guid? tenantId)
    {
        using var _ = currentTenant.Change(tenantId);
        var side = tenantId.HasValue ? MultiTenancySides.Tenant : MultiTenancySides.Host;
        var onSide = definitions.All.Where(p => p.MultiTenancySide.HasFlag(side)).ToList();
        var roleNames = tenantId.HasValue ? DefaultRoleNames.All : [DefaultRoleNames.Admin];
        foreach (var roleName in roleNames)
        {
            var role = await roleManager.FindByNameAsync(roleName);
            var isNew = role is null;
            if (isNew)
            {
                role = new AppRole(roleName, tenantId) { IsStatic = true, IsPublic = true };
                ThrowIfFailed(await roleManager.CreateAsync(role));
            }
            if (roleName == DefaultRoleNames.Admin)
            {
                await permissionStore.SetRoleGrantsAsync(roleName, onSide.Select(p => (p.Name, true)));
            }
            else if (isNew)
            {
                await permissionStore.SetRoleGrantsAsync(roleName,
                    onSide.Where(p => p.DefaultRoles.Contains(roleName)).Select(p => (p.Name, true)));
            }
        }
    }

    /// <summary>Creates a user with a password or an already computed hash (demo seeding hashes once).</summary>
    public Task<AppUser> EnsureUserAsync(
        Guid? tenantId, string userName, string email, string? password, string? passwordHash, params string[] roles) =>
        EnsureUserAsync(tenantId, userName, null, email, password, passwordHash, roles);

    /// <summary>As above, with the person's name; a user that exists already is returned as it is.</summary>
    public async Task<AppUser> EnsureUserAsync(
        Guid? tenantId, string userName, PersonName? name, string email, string? password, string? passwordHash, params string[] roles)
    {
        using var _ = currentTenant.Change(tenantId);
        var user = await userManager.FindByNameAsync(userName);
        if (user is not null)
        {
            return user;
        }
        user = new AppUser(userName, tenantId)
        {
            Email = email,
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            Surname = name?.Surname,
            Name = name?.Name,
        };
        ThrowIfFailed(password is null ? await userManager.CreateAsync(user) : await userManager.CreateAsync(user, password));
        ThrowIfFailed(await userManager.AddToRolesAsync(user, roles));
        return user;
    }

    /// <summary>
    /// Identity's refusal (a weak password, a taken name) becomes a 400 naming the field:
    /// <paramref name="member"/> for password rules, <c>email</c>, a role's <c>name</c>, else <c>userName</c>.
    /// </summary>
    public static void ThrowIfFailed(IdentityResult result, string member = "password")
    {
        if (!result.Succeeded)
        {
            throw new AbpValidationException(result.Errors
                .Select(e => new ValidationError(e.Description, [MemberOf(e.Code, member)]))
                .ToList());
        }
    }

    private static string MemberOf(string code, string passwordMember) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? passwordMember
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("RoleName", StringComparison.Ordinal) ? "name"
        : "userName";
}
