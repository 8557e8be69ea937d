using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Humanitarian.Web.Account;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Identity;

/// <summary>
/// Users of the current tenant (ABP's IdentityUserAppService, same routes). A caller gives and takes away
/// only the roles it could hold itself, and changes or deletes only users who hold nothing it lacks
/// (<see cref="PermissionEscalationGuard"/>): a manager of users does not rise above itself sideways.
/// </summary>
[Route("api/identity/users")]
[RemoteService(Name = "AbpIdentity")]
[Authorize(IdentityPermissions.Users.Default)]
public sealed class IdentityUserAppService(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IUnitLookup unitLookup,
    IStringLocalizer<HumanitarianResource> l, IStringLocalizer<OrganizationResource> organizationL, AccountEmails accountEmails,
    PermissionEscalationGuard guard, PermissionStore permissionStore)
    : ApplicationService, IIdentityUserAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["userName"] = nameof(AppUser.UserName), ["email"] = nameof(AppUser.Email),
        ["name"] = nameof(AppUser.Name), ["surname"] = nameof(AppUser.Surname),
        ["creationTime"] = nameof(AppUser.CreationTime),
    };

    [HttpGet]
    public async Task<PagedResultDto<IdentityUserDto>> GetListAsync([FromQuery] PagedAndSortedFilterRequestDto input)
    {
        var query = userManager.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            // User names and e-mails are ASCII; names are matched as typed.
            var upper = input.Filter.Trim().ToUpperInvariant();
            var raw = input.Filter.Trim();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper)
                                     || u.Name!.Contains(raw) || u.Surname!.Contains(raw));
        }
        var total = await query.LongCountAsync();
        var users = await query.ApplySorting(input.Sorting, "userName", Sortable).PageBy(input).ToListAsync();
        var dtos = new List<IdentityUserDto>();
        foreach (var user in users)
        {
            dtos.Add(ToDto(user, await userManager.GetRolesAsync(user)));
        }
        return new PagedResultDto<IdentityUserDto>(total, dtos);
    }

    [HttpGet("{id}")]
    public async Task<IdentityUserDto> GetAsync(Guid id)
    {
        var user = await FindAsync(id);
        return ToDto(user, await userManager.GetRolesAsync(user));
    }

    [HttpGet("{id}/roles")]
    public async Task<ListResultDto<IdentityRoleDto>> GetRolesAsync(Guid id)
    {
        var names = await userManager.GetRolesAsync(await FindAsync(id));
        var roles = await roleManager.Roles.AsNoTracking().Where(r => names.Contains(r.Name!)).ToListAsync();
        return new ListResultDto<IdentityRoleDto>(roles.Select(IdentityRoleAppService.ToDto).ToList());
    }

    /// <summary>The roles the caller may give (ABP's route): those whose every grant it holds itself.</summary>
    [HttpGet("assignable-roles")]
    public async Task<ListResultDto<IdentityRoleDto>> GetAssignableRolesAsync()
    {
        var assignable = new List<IdentityRoleDto>();
        foreach (var role in await roleManager.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync())
        {
            if (await guard.CanAssignRoleAsync(role.Name!))
            {
                assignable.Add(IdentityRoleAppService.ToDto(role));
            }
        }
        return new ListResultDto<IdentityRoleDto>(assignable);
    }

    [HttpPost]
    [Authorize(IdentityPermissions.Users.Create)]
    public async Task<IdentityUserDto> CreateAsync([FromBody] IdentityUserCreateDto input)
    {
        var roles = input.RoleNames is { Count: > 0 } asked ? await CheckRolesAsync(asked, []) : await DefaultRoleNamesAsync();
        await CheckUnitExistsAsync(input.UnitId);
        var user = new AppUser(input.UserName.Trim(), null);
        Apply(user, input);
        var withoutPassword = string.IsNullOrEmpty(input.Password);
        TenantProvisioner.ThrowIfFailed(withoutPassword
            ? await userManager.CreateAsync(user)
            : await userManager.CreateAsync(user, input.Password!));
        TenantProvisioner.ThrowIfFailed(await userManager.AddToRolesAsync(user, roles));
        if (withoutPassword)
        {
            await accountEmails.SendInvitationAsync(user);
        }
        return ToDto(user, roles);
    }

    [HttpPut("{id}")]
    [Authorize(IdentityPermissions.Users.Update)]
    public async Task<IdentityUserDto> UpdateAsync(Guid id, [FromBody] IdentityUserUpdateDto input)
    {
        var user = await FindAsync(id);
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != user.ConcurrencyStamp)
        {
            throw new DbUpdateConcurrencyException("Stale concurrency stamp.");
        }
        var current = await CheckCanManageAsync(user);
        // ABP's null: the roles stay as they are.
        var roles = input.RoleNames is null ? current.ToList() : await CheckRolesAsync(input.RoleNames, current);
        if (input.UnitId != user.UnitId)
        {
            await CheckUnitExistsAsync(input.UnitId);
        }
        user.UserName = input.UserName.Trim();
        Apply(user, input);
        TenantProvisioner.ThrowIfFailed(await userManager.UpdateAsync(user));
        if (!string.IsNullOrEmpty(input.Password))
        {
            TenantProvisioner.ThrowIfFailed(await userManager.RemovePasswordAsync(user));
            TenantProvisioner.ThrowIfFailed(await userManager.AddPasswordAsync(user, input.Password));
        }
        TenantProvisioner.ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, current.Except(roles)));
        TenantProvisioner.ThrowIfFailed(await userManager.AddToRolesAsync(user, roles.Except(current)));
        return ToDto(user, roles);
    }

    [HttpDelete("{id}")]
    [Authorize(IdentityPermissions.Users.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var user = await FindAsync(id);
        await CheckCanManageAsync(user);
        // The user's own grants go with it (a grant keyed by a deleted id gives nothing, but lingers).
        var grants = await permissionStore.GetUserGrantsAsync(user.Id);
        await permissionStore.SetUserGrantsAsync(user.Id, grants.Select(g => (g, false)));
        TenantProvisioner.ThrowIfFailed(await userManager.DeleteAsync(user));
    }

    private static void Apply(AppUser user, IdentityUserInputBase input)
    {
        user.Name = NullIfBlank(input.Name);
        user.Surname = NullIfBlank(input.Surname);
        user.Email = input.Email.Trim();
        user.PhoneNumber = input.PhoneNumber?.Trim();
        user.IsActive = input.IsActive;
        user.LockoutEnabled = input.LockoutEnabled;
        user.UnitId = input.UnitId;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<AppUser> FindAsync(Guid id) =>
        await userManager.Users.FirstOrDefaultAsync(u => u.Id == id) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    /// <summary>The user's roles, once the caller is found to hold everything the user holds.</summary>
    private async Task<IList<string>> CheckCanManageAsync(AppUser user)
    {
        var roles = await userManager.GetRolesAsync(user);
        if (!await guard.CanManageUserAsync(user.Id, roles))
        {
            throw new AbpAuthorizationException(l["UserAboveCaller", user.UserName!]);
        }
        return roles;
    }

    /// <summary>
    /// The asked roles, each existing; those added or removed (against <paramref name="current"/>) must be
    /// ones the caller may give. Roles are matched by name as Identity does, case-insensitively.
    /// </summary>
    private async Task<List<string>> CheckRolesAsync(IEnumerable<string?> asked, IList<string> current)
    {
        var roles = new List<string>();
        foreach (var name in asked)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new AbpValidationException(l["RoleNameRequired"], "roleNames");
            }
            var role = await roleManager.FindByNameAsync(name.Trim())
                       ?? throw new AbpValidationException(l["RoleNotFound", name], "roleNames");
            if (!roles.Contains(role.Name!))
            {
                roles.Add(role.Name!);
            }
        }
        foreach (var changed in roles.Except(current).Concat(current.Except(roles)))
        {
            if (!await guard.CanAssignRoleAsync(changed))
            {
                throw new AbpAuthorizationException(l["RoleNotAssignable", changed]);
            }
        }
        return roles;
    }

    /// <summary>The unit a user is attached to must be one of the tenant's (Organization module).</summary>
    private async Task CheckUnitExistsAsync(Guid? unitId)
    {
        if (unitId is { } id && !await unitLookup.ExistsAsync(id))
        {
            throw new AbpValidationException(organizationL["UnitNotFound"], "unitId");
        }
    }

    /// <summary>The default roles the caller may give: marking a role default does not let it through.</summary>
    private async Task<List<string>> DefaultRoleNamesAsync()
    {
        var roles = new List<string>();
        foreach (var name in await roleManager.Roles.Where(r => r.IsDefault).Select(r => r.Name!).ToListAsync())
        {
            if (await guard.CanAssignRoleAsync(name))
            {
                roles.Add(name);
            }
        }
        return roles;
    }

    private static IdentityUserDto ToDto(AppUser user, IEnumerable<string> roles) => new()
    {
        Id = user.Id,
        TenantId = user.TenantId,
        UserName = user.UserName ?? "",
        Name = user.Name,
        Surname = user.Surname,
        Email = user.Email,
        PhoneNumber = user.PhoneNumber,
        IsActive = user.IsActive,
        LockoutEnabled = user.LockoutEnabled,
        LockoutEnd = user.LockoutEnd,
        UnitId = user.UnitId,
        RoleNames = roles.ToList(),
        CreationTime = user.CreationTime,
        ConcurrencyStamp = user.ConcurrencyStamp ?? "",
    };
}
