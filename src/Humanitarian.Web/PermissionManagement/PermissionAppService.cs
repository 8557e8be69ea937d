using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.PermissionManagement;

/// <summary>
/// Grants of a role (provider "R") in the current tenant, grouped by module (ABP's
/// PermissionAppService, same route and shapes). Only the current side's enabled permissions are listed.
/// </summary>
[Route("api/permission-management/permissions")]
[RemoteService(Name = "AbpPermissionManagement")]
[Authorize(IdentityPermissions.Roles.ManagePermissions)]
public sealed class PermissionAppService(
    PermissionDefinitionManager definitions,
    PermissionStore store,
    RoleManager<AppRole> roleManager,
    ICurrentTenant currentTenant,
    IStringLocalizerFactory localizerFactory,
    IStringLocalizer<HumanitarianResource> l) : ApplicationService, IPermissionAppService
{
    [HttpGet]
    public async Task<GetPermissionListResultDto> GetAsync(
        [FromQuery, Required, StringLength(8)] string providerName, [FromQuery, Required, StringLength(256)] string providerKey)
    {
        await CheckRoleAsync(providerName, providerKey);
        var granted = await store.GetRoleGrantsAsync(providerKey);
        var groups = new List<PermissionGroupDto>();
        foreach (var group in definitions.Groups)
        {
            var localizer = localizerFactory.Create(group.ResourceType);
            var permissions = group.GetPermissionsWithChildren().Where(IsOnCurrentSide)
                .Select(p => new PermissionGrantInfoDto(p.Name, localizer[p.DisplayName], p.Parent?.Name, granted.Contains(p.Name)))
                .ToList();
            if (permissions.Count > 0)
            {
                groups.Add(new PermissionGroupDto(group.Name, localizer[group.DisplayName], permissions));
            }
        }
        return new GetPermissionListResultDto(providerKey, groups);
    }

    [HttpPut]
    public async Task UpdateAsync(
        [FromQuery, Required, StringLength(8)] string providerName, [FromQuery, Required, StringLength(256)] string providerKey,
        [FromBody] UpdatePermissionsDto input)
    {
        await CheckRoleAsync(providerName, providerKey);
        foreach (var permission in input.Permissions)
        {
            if (definitions.GetOrNull(permission.Name) is not { } definition || !IsOnCurrentSide(definition))
            {
                throw new AbpValidationException(l["UnknownPermission", permission.Name], "permissions");
            }
        }
        await store.SetRoleGrantsAsync(providerKey, input.Permissions.Select(p => (p.Name, p.IsGranted)));
    }

    /// <summary>What the editor offers: enabled permissions (parents too) of the current side.</summary>
    private bool IsOnCurrentSide(PermissionDefinition permission)
    {
        var side = currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;
        for (var p = permission; p is not null; p = p.Parent)
        {
            if (!p.IsEnabled || !p.MultiTenancySide.HasFlag(side))
            {
                return false;
            }
        }
        return true;
    }

    private async Task CheckRoleAsync(string providerName, string providerKey)
    {
        if (providerName != PermissionGrant.RoleProvider)
        {
            throw new AbpValidationException(l["UnsupportedPermissionProvider", providerName], "providerName");
        }
        if (await roleManager.FindByNameAsync(providerKey) is null)
        {
            throw new EntityNotFoundException(typeof(AppRole), providerKey);
        }
    }
}
