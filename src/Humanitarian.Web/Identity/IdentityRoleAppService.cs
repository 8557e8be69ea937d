using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Identity;

/// <summary>Roles of the current tenant (ABP's IdentityRoleAppService, same routes).</summary>
[Route("api/identity/roles")]
[RemoteService(Name = "AbpIdentity")]
[Authorize(IdentityPermissions.Roles.Default)]
public sealed class IdentityRoleAppService(
    RoleManager<AppRole> roleManager, PermissionStore permissionStore, IStringLocalizer<HumanitarianResource> l)
    : ApplicationService, IIdentityRoleAppService
{
    private static readonly Dictionary<string, string> Sortable = new() { ["name"] = nameof(AppRole.Name) };

    [HttpGet]
    public async Task<PagedResultDto<IdentityRoleDto>> GetListAsync([FromQuery] PagedAndSortedFilterRequestDto input)
    {
        var query = roleManager.Roles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var upper = input.Filter.Trim().ToUpperInvariant();
            query = query.Where(r => r.NormalizedName!.Contains(upper));
        }
        var total = await query.LongCountAsync();
        var roles = await query.ApplySorting(input.Sorting, "name", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<IdentityRoleDto>(total, roles.Select(ToDto).ToList());
    }

    [HttpGet("all")]
    public async Task<ListResultDto<IdentityRoleDto>> GetAllListAsync() =>
        new((await roleManager.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync()).Select(ToDto).ToList());

    [HttpGet("{id}")]
    public async Task<IdentityRoleDto> GetAsync(Guid id) => ToDto(await FindAsync(id));

    [HttpPost]
    [Authorize(IdentityPermissions.Roles.Create)]
    public async Task<IdentityRoleDto> CreateAsync([FromBody] IdentityRoleCreateDto input)
    {
        var role = new AppRole(input.Name.Trim(), null) { IsDefault = input.IsDefault, IsPublic = input.IsPublic };
        TenantProvisioner.ThrowIfFailed(await roleManager.CreateAsync(role), "name");
        return ToDto(role);
    }

    [HttpPut("{id}")]
    [Authorize(IdentityPermissions.Roles.Update)]
    public async Task<IdentityRoleDto> UpdateAsync(Guid id, [FromBody] IdentityRoleUpdateDto input)
    {
        var role = await FindAsync(id);
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != role.ConcurrencyStamp)
        {
            throw new DbUpdateConcurrencyException("Stale concurrency stamp.");
        }
        var newName = input.Name.Trim();
        if (role.IsStatic && newName != role.Name)
        {
            throw new AbpValidationException(l["StaticRoleCannotBeRenamed"], "name");
        }
        if (newName != role.Name)
        {
            // Grants are keyed by role name: move them with the rename.
            var grants = await permissionStore.GetRoleGrantsAsync(role.Name!);
            await permissionStore.SetRoleGrantsAsync(role.Name!, grants.Select(g => (g, false)));
            await permissionStore.SetRoleGrantsAsync(newName, grants.Select(g => (g, true)));
        }
        role.Name = newName;
        role.IsDefault = input.IsDefault;
        role.IsPublic = input.IsPublic;
        TenantProvisioner.ThrowIfFailed(await roleManager.UpdateAsync(role), "name");
        return ToDto(role);
    }

    [HttpDelete("{id}")]
    [Authorize(IdentityPermissions.Roles.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var role = await FindAsync(id);
        if (role.IsStatic)
        {
            throw new BusinessException("Humanitarian:StaticRoleCannotBeDeleted", l["StaticRoleCannotBeDeleted"]);
        }
        var grants = await permissionStore.GetRoleGrantsAsync(role.Name!);
        await permissionStore.SetRoleGrantsAsync(role.Name!, grants.Select(g => (g, false)));
        TenantProvisioner.ThrowIfFailed(await roleManager.DeleteAsync(role), "name");
    }

    private async Task<AppRole> FindAsync(Guid id) =>
        await roleManager.Roles.FirstOrDefaultAsync(r => r.Id == id) ?? throw new EntityNotFoundException(typeof(AppRole), id);

    internal static IdentityRoleDto ToDto(AppRole role) => new()
    {
        Id = role.Id,
        Name = role.Name ?? "",
        IsDefault = role.IsDefault,
        IsPublic = role.IsPublic,
        IsStatic = role.IsStatic,
        ConcurrencyStamp = role.ConcurrencyStamp ?? "",
    };
}
