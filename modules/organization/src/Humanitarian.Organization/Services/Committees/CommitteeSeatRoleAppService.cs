using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Committees;

/// <summary>
/// The role each committee position confers in the current tenant, at <c>/api/app/committee-seat-role</c>.
/// Changing it ends the sessions of the users whose current seat now confers another role, so that
/// they sign in again with the new one. The change of the setting is audited like any other.
/// </summary>
[Authorize(OrganizationPermissions.Committees.Default)]
public sealed class CommitteeSeatRoleAppService(
    ISettingProvider settings, ISettingManager settingManager, ICurrentTenant currentTenant,
    IExternalRoleLookupServiceProvider roles, IUserSessionRevoker sessions, IRepository<Committee, Guid> committees,
    TimeProvider clock, IStringLocalizer<OrganizationResource> l) : ApplicationService, ICommitteeSeatRoleAppService
{
    public async Task<ListResultDto<CommitteeSeatRoleDto>> GetAsync() => ToDto(await CurrentAsync());

    [Authorize(OrganizationPermissions.Committees.ManageSeatRoles)]
    public async Task<ListResultDto<CommitteeSeatRoleDto>> UpdateAsync(UpdateCommitteeSeatRolesDto input)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            throw new BusinessException(OrganizationErrorCodes.SeatRolesAreForTenants, l["SeatRolesAreForTenants"]);
        }
        var chosen = await ValidateAsync(input.Items);
        var previous = await CurrentAsync();
        await settingManager.SetAsync(OrganizationSettingNames.CommitteeSeatRoles, chosen.ToJson(), tenantId);
        await EndSessionsOfSeatsAsync(chosen.PositionsChangedFrom(previous).ToList());
        return ToDto(chosen);
    }

    private async Task<CommitteeSeatRoles> ValidateAsync(IReadOnlyList<CommitteeSeatRoleDto> items)
    {
        var existing = await roles.GetRoleNamesAsync();
        var errors = new List<ValidationError>();
        var positions = new HashSet<CommitteePosition>();
        for (var i = 0; i < items.Count; i++)
        {
            var (position, roleName) = (items[i].Position!.Value, items[i].RoleName?.Trim());
            if (!positions.Add(position))
            {
                errors.Add(new ValidationError(l["SeatRolePositionRepeated", l[$"CommitteePosition:{position}"]], [$"items[{i}].position"]));
            }
            else if (string.IsNullOrEmpty(roleName))
            {
                continue;
            }
            else if (CommitteeSeatRoles.IsAdmin(roleName))
            {
                errors.Add(new ValidationError(l["SeatRoleCannotBeAdmin"], [$"items[{i}].roleName"]));
            }
            else if (!existing.Contains(roleName, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new ValidationError(l["SeatRoleNotFound", roleName], [$"items[{i}].roleName"]));
            }
        }
        if (errors.Count > 0)
        {
            throw new AbpValidationException(errors);
        }
        return new CommitteeSeatRoles(items.Select(i => KeyValuePair.Create(i.Position!.Value, i.RoleName)));
    }

    private async Task EndSessionsOfSeatsAsync(IReadOnlyList<CommitteePosition> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }
        var today = VietnamCalendar.Today(clock);
        var users = await (await committees.GetQueryableAsync()).SelectMany(c => c.Members)
            .Where(m => m.UserId != null && changed.Contains(m.Position) && m.TermStart <= today && (m.TermEnd == null || m.TermEnd >= today))
            .Select(m => m.UserId!.Value).Distinct().ToListAsync();
        await sessions.RevokeAllAsync(users);
    }

    private async Task<CommitteeSeatRoles> CurrentAsync() =>
        CommitteeSeatRoles.Parse(await settings.GetOrNullAsync(OrganizationSettingNames.CommitteeSeatRoles));

    private static ListResultDto<CommitteeSeatRoleDto> ToDto(CommitteeSeatRoles seatRoles) =>
        new(Enum.GetValues<CommitteePosition>()
            .Select(p => new CommitteeSeatRoleDto { Position = p, RoleName = seatRoles.RoleOf(p) }).ToList());
}
