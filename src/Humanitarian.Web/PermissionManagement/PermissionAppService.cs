using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.PermissionManagement;

/// <summary>
/// Grants of a role (provider "R", keyed by its name) or of one user itself (provider "U", keyed by its
/// id) in the current tenant, grouped by module (ABP's PermissionAppService, same route and shapes).
/// Each provider has its own permission, as ABP's provider policies: roles' grants need
/// <c>AbpIdentity.Roles.ManagePermissions</c>, users' <c>AbpIdentity.Users.ManagePermissions</c>. Only the
/// current side's enabled permissions are listed, and a caller newly grants only what it holds itself.
/// </summary>
[Route("api/permission-management/permissions")]
[RemoteService(Name = "AbpPermissionManagement")]
[Authorize]
public sealed class PermissionAppService(
    PermissionDefinitionManager definitions,
    PermissionStore store,
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    IPermissionChecker permissionChecker,
    PermissionEscalationGuard guard,
    IStringLocalizerFactory localizerFactory,
    IStringLocalizer<HumanitarianResource> l) : ApplicationService, IPermissionAppService
{
    [HttpGet]
    public async Task<GetPermissionListResultDto> GetAsync(
        [FromQuery, Required, StringLength(8)] string providerName, [FromQuery, Required, StringLength(256)] string providerKey)
    {
        var grants = await GrantsByProviderAsync(await FindProviderAsync(providerName, providerKey));
        var groups = new List<PermissionGroupDto>();
        foreach (var group in definitions.Groups)
        {
            var localizer = localizerFactory.Create(group.ResourceType);
            var permissions = group.GetPermissionsWithChildren().Where(guard.IsOnCurrentSide)
                .Select(p =>
                {
                    var grantedBy = grants.Where(g => g.Names.Contains(p.Name)).Select(g => g.Provider).ToList();
                    return new PermissionGrantInfoDto(p.Name, localizer[p.DisplayName], p.Parent?.Name, grantedBy.Count > 0, [], grantedBy);
                })
                .ToList();
            if (permissions.Count > 0)
            {
                groups.Add(new PermissionGroupDto(group.Name, localizer[group.DisplayName], permissions));
            }
        }
        return new GetPermissionListResultDto(providerKey, groups);
    }

    /// <summary>Sets the provider's own grants; what a user has through a role stays with the role.</summary>
    [HttpPut]
    public async Task UpdateAsync(
        [FromQuery, Required, StringLength(8)] string providerName, [FromQuery, Required, StringLength(256)] string providerKey,
        [FromBody] UpdatePermissionsDto input)
    {
        var provider = await FindProviderAsync(providerName, providerKey);
        var own = provider.UserId is { } userId ? await store.GetUserGrantsAsync(userId) : await store.GetRoleGrantsAsync(provider.RoleName!);
        foreach (var permission in input.Permissions)
        {
            if (definitions.GetOrNull(permission.Name) is not { } definition || !guard.IsOnCurrentSide(definition))
            {
                throw new AbpValidationException(l["UnknownPermission", permission.Name], "permissions");
            }
            if (permission.IsGranted && !own.Contains(permission.Name) && !await guard.CallerHoldsAsync(permission.Name))
            {
                throw new AbpAuthorizationException(l["PermissionNotHeldByCaller", permission.Name]);
            }
        }
        var changes = input.Permissions.Select(p => (p.Name, p.IsGranted));
        await (provider.UserId is { } id ? store.SetUserGrantsAsync(id, changes) : store.SetRoleGrantsAsync(provider.RoleName!, changes));
    }

    private sealed record Provider(string? RoleName, Guid? UserId, IReadOnlyList<string> UserRoles);

    private sealed record ProviderGrants(ProviderInfoDto Provider, IReadOnlySet<string> Names);

    /// <summary>The role, or the user of the current tenant, after the caller's permission for that provider.</summary>
    private async Task<Provider> FindProviderAsync(string providerName, string providerKey)
    {
        var policy = providerName switch
        {
            PermissionGrant.RoleProvider => IdentityPermissions.Roles.ManagePermissions,
            PermissionGrant.UserProvider => IdentityPermissions.Users.ManagePermissions,
            _ => throw new AbpValidationException(l["UnsupportedPermissionProvider", providerName], "providerName"),
        };
        if (!await permissionChecker.IsGrantedAsync(policy))
        {
            throw new AbpAuthorizationException();
        }
        if (providerName == PermissionGrant.RoleProvider)
        {
            return await roleManager.FindByNameAsync(providerKey) is null
                ? throw new EntityNotFoundException(typeof(AppRole), providerKey)
                : new Provider(providerKey, null, []);
        }
        // The tenant filter holds: another tenant's user is not found.
        var user = Guid.TryParse(providerKey, out var userId)
            ? await userManager.Users.FirstOrDefaultAsync(u => u.Id == userId)
            : null;
        return user is null
            ? throw new EntityNotFoundException(typeof(AppUser), providerKey)
            : new Provider(null, user.Id, (await userManager.GetRolesAsync(user)).ToList());
    }

    private async Task<List<ProviderGrants>> GrantsByProviderAsync(Provider provider)
    {
        if (provider.UserId is not { } userId)
        {
            return [new(new(PermissionGrant.RoleProvider, provider.RoleName!), await store.GetRoleGrantsAsync(provider.RoleName!))];
        }
        var grants = new List<ProviderGrants>
        {
            new(new(PermissionGrant.UserProvider, PermissionStore.UserKey(userId)), await store.GetUserGrantsAsync(userId)),
        };
        foreach (var role in provider.UserRoles)
        {
            grants.Add(new(new(PermissionGrant.RoleProvider, role), await store.GetRoleGrantsAsync(role)));
        }
        return grants;
    }
}
