using Humanitarian.Framework.Application;
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

/// <summary>Users of the current tenant (ABP's IdentityUserAppService, same routes).</summary>
[Route("api/identity/users")]
[RemoteService(Name = "AbpIdentity")]
[Authorize(IdentityPermissions.Users.Default)]
public sealed class IdentityUserAppService(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IUnitLookup unitLookup,
    IStringLocalizer<HumanitarianResource> l, IStringLocalizer<OrganizationResource> organizationL, AccountEmails accountEmails)
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

    [HttpPost]
    [Authorize(IdentityPermissions.Users.Create)]
    public async Task<IdentityUserDto> CreateAsync([FromBody] IdentityUserCreateDto input)
    {
        await CheckRolesExistAsync(input.RoleNames);
        await CheckUnitExistsAsync(input.UnitId);
        var user = new AppUser(input.UserName.Trim(), null);
        Apply(user, input);
        var withoutPassword = string.IsNullOrEmpty(input.Password);
        TenantProvisioner.ThrowIfFailed(withoutPassword
            ? await userManager.CreateAsync(user)
            : await userManager.CreateAsync(user, input.Password!));
        var roles = input.RoleNames.Count > 0 ? input.RoleNames : await DefaultRoleNamesAsync();
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
        await CheckRolesExistAsync(input.RoleNames);
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
        var current = await userManager.GetRolesAsync(user);
        TenantProvisioner.ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, current.Except(input.RoleNames)));
        TenantProvisioner.ThrowIfFailed(await userManager.AddToRolesAsync(user, input.RoleNames.Except(current)));
        return ToDto(user, input.RoleNames);
    }

    [HttpDelete("{id}")]
    [Authorize(IdentityPermissions.Users.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var user = await FindAsync(id);
        TenantProvisioner.ThrowIfFailed(await userManager.DeleteAsync(user));
    }

    private static void Apply(AppUser user, IdentityUserInputBase input)
    {
        user.Name = input.Name?.Trim();
        user.Surname = input.Surname?.Trim();
        user.Email = input.Email.Trim();
        user.PhoneNumber = input.PhoneNumber?.Trim();
        user.IsActive = input.IsActive;
        user.LockoutEnabled = input.LockoutEnabled;
        user.UnitId = input.UnitId;
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await userManager.Users.FirstOrDefaultAsync(u => u.Id == id) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private async Task CheckRolesExistAsync(IEnumerable<string> roleNames)
    {
        foreach (var name in roleNames)
        {
            if (!await roleManager.RoleExistsAsync(name))
            {
                throw new AbpValidationException(l["RoleNotFound", name], "roleNames");
            }
        }
    }

    /// <summary>The unit a user is attached to must be one of the tenant's (Organization module).</summary>
    private async Task CheckUnitExistsAsync(Guid? unitId)
    {
        if (unitId is { } id && !await unitLookup.ExistsAsync(id))
        {
            throw new AbpValidationException(organizationL["UnitNotFound"], "unitId");
        }
    }

    private async Task<List<string>> DefaultRoleNamesAsync() =>
        await roleManager.Roles.Where(r => r.IsDefault).Select(r => r.Name!).ToListAsync();

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
