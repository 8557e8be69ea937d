using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Committees;

// Members are never deleted: a term is ended (or the member replaced), so the history stays.
public sealed partial class CommitteeAppService
{
    /// <summary>Members whose term has not ended (today in Asia/Ho_Chi_Minh), or all of them with <c>includeEnded</c>.</summary>
    public async Task<ListResultDto<CommitteeMemberDto>> GetMembersAsync(Guid id, CommitteeMemberListInput input)
    {
        var committee = await GetWithMembersAsync(id);
        var today = VietnamCalendar.Today(clock);
        var members = committee.Members
            .Where(m => input.IncludeEnded || !m.HasEndedBefore(today))
            .OrderBy(m => m.Position).ThenBy(m => m.TermStart).ThenBy(m => m.FullName, StringComparer.CurrentCulture)
            .Select(m => m.ToDto(today)).ToList();
        return new ListResultDto<CommitteeMemberDto>(members);
    }

    [Authorize(OrganizationPermissions.Committees.Update)]
    public async Task<CommitteeMemberDto> AddMemberAsync(Guid id, CreateCommitteeMemberDto input)
    {
        var committee = await GetOwnedWithMembersAsync(id);
        await EnsureUnitExistsAsync(input.UnitId);
        await EnsureUserMayBeSeatedAsync(null, input.UserId);
        var member = committee.AddMember(input.FullName, input.Position!.Value, input.TermStart!.Value, input.TermEnd);
        SetHolder(member, input);
        await committees.UpdateAsync(committee, autoSave: true);
        return member.ToDto(VietnamCalendar.Today(clock));
    }

    /// <summary>Corrects who sits in a seat (name, user, unit, title); not the position or the term.</summary>
    [HttpPut("api/app/committee/{id}/member/{memberId}")]
    [Authorize(OrganizationPermissions.Committees.Update)]
    public async Task<CommitteeMemberDto> UpdateMemberAsync(Guid id, [FromRoute] Guid memberId, UpdateCommitteeMemberDto input)
    {
        var committee = await GetOwnedWithMembersAsync(id);
        var member = committee.GetMember(memberId);
        await EnsureUnitExistsAsync(input.UnitId);
        await EnsureUserMayBeSeatedAsync(member.UserId, input.UserId);
        SetHolder(member, input);
        await committees.UpdateAsync(committee, autoSave: true);
        return member.ToDto(VietnamCalendar.Today(clock));
    }

    /// <summary>The member keeps their row with <c>termEnd</c> set; from the day after, they no longer hold the position's role.</summary>
    [Authorize(OrganizationPermissions.Committees.Update)]
    public async Task<CommitteeMemberDto> EndMemberTermAsync(Guid id, EndCommitteeMemberTermInput input)
    {
        var committee = await GetOwnedWithMembersAsync(id);
        var today = VietnamCalendar.Today(clock);
        var member = committee.EndMemberTerm(input.MemberId!.Value, input.TermEnd ?? today);
        await committees.UpdateAsync(committee, autoSave: true);
        return member.ToDto(today);
    }

    /// <summary>Kiện toàn: the replaced member's term ends the day before the successor's starts.</summary>
    [Authorize(OrganizationPermissions.Committees.Update)]
    public async Task<CommitteeMemberDto> ReplaceMemberAsync(Guid id, ReplaceCommitteeMemberInput input)
    {
        var committee = await GetOwnedWithMembersAsync(id);
        await EnsureUnitExistsAsync(input.UnitId);
        await EnsureUserMayBeSeatedAsync(null, input.UserId);
        var successor = committee.ReplaceMember(input.MemberId!.Value, input.FullName, input.Position, input.TermStart!.Value);
        SetHolder(successor, input);
        await committees.UpdateAsync(committee, autoSave: true);
        return successor.ToDto(VietnamCalendar.Today(clock));
    }

    private async Task<Committee> GetWithMembersAsync(Guid id) =>
        await (await committees.GetQueryableAsync()).Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id)
        ?? throw new EntityNotFoundException(typeof(Committee), id);

    /// <summary>A committee whose members may change: the tenant's own, not a predecessor's closed record.</summary>
    private async Task<Committee> GetOwnedWithMembersAsync(Guid id)
    {
        var committee = await GetWithMembersAsync(id);
        inheritedRecords.CheckOwned(committee);
        return committee;
    }

    private async Task EnsureUnitExistsAsync(Guid? unitId)
    {
        if (unitId is { } id && !await unitLookup.ExistsAsync(id))
        {
            throw new AbpValidationException(l["UnitNotFound"], "unitId");
        }
    }

    /// <summary>
    /// A seat gives its user a role: linking (or unlinking) a user is role assignment and needs its own
    /// permission, and only an active user of this tenant can be linked.
    /// </summary>
    private async Task EnsureUserMayBeSeatedAsync(Guid? linked, Guid? toLink)
    {
        if (linked == toLink)
        {
            return;
        }
        if (!await permissions.IsGrantedAsync(OrganizationPermissions.Committees.LinkUsers))
        {
            throw new AbpAuthorizationException(l["CannotLinkUsers"]);
        }
        if (toLink is { } userId && await userLookup.FindByIdAsync(userId) is not { IsActive: true })
        {
            throw new AbpValidationException(l["UserNotFoundOrInactive"], "userId");
        }
    }

    private static void SetHolder(CommitteeMember member, CommitteeMemberDetailsDto input) =>
        member.SetHolder(input.FullName, input.UserId, input.UnitId, TextInput.OrNull(input.Title));
}
