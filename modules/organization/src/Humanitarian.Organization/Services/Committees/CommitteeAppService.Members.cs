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
        var (position, termStart) = (input.Position!.Value, input.TermStart!.Value);
        if (input.TermEnd < termStart)
        {
            throw new AbpValidationException(l["TermEndBeforeStart"], "termEnd");
        }
        EnsureSeatIsFree(committee, position, termStart, input.TermEnd);
        await EnsureUnitExistsAsync(input.UnitId);
        await EnsureUserMayBeSeatedAsync(null, input.UserId);
        var member = committee.AddMember(input.FullName.Trim(), position, termStart);
        Apply(member, input);
        if (input.TermEnd is { } termEnd)
        {
            member.EndTerm(termEnd);
        }
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
        member.FullName = input.FullName.Trim();
        Apply(member, input);
        await committees.UpdateAsync(committee, autoSave: true);
        return member.ToDto(VietnamCalendar.Today(clock));
    }

    /// <summary>The member keeps their row with <c>termEnd</c> set; from the day after, they no longer hold the position's role.</summary>
    [Authorize(OrganizationPermissions.Committees.Update)]
    public async Task<CommitteeMemberDto> EndMemberTermAsync(Guid id, EndCommitteeMemberTermInput input)
    {
        var committee = await GetOwnedWithMembersAsync(id);
        var member = GetRunningMember(committee, input.MemberId!.Value);
        var today = VietnamCalendar.Today(clock);
        var lastDay = input.TermEnd ?? today;
        if (lastDay < member.TermStart)
        {
            throw new AbpValidationException(l["TermEndBeforeStart"], "termEnd");
        }
        member.EndTerm(lastDay);
        await committees.UpdateAsync(committee, autoSave: true);
        return member.ToDto(today);
    }

    /// <summary>Kiện toàn: the replaced member's term ends the day before the successor's starts.</summary>
    [Authorize(OrganizationPermissions.Committees.Update)]
    public async Task<CommitteeMemberDto> ReplaceMemberAsync(Guid id, ReplaceCommitteeMemberInput input)
    {
        var committee = await GetOwnedWithMembersAsync(id);
        var replaced = GetRunningMember(committee, input.MemberId!.Value);
        var termStart = input.TermStart!.Value;
        if (termStart <= replaced.TermStart)
        {
            throw new AbpValidationException(l["SuccessorStartsTooEarly", replaced.TermStart], "termStart");
        }
        await EnsureUnitExistsAsync(input.UnitId);
        await EnsureUserMayBeSeatedAsync(null, input.UserId);
        replaced.EndTerm(termStart.AddDays(-1));
        var position = input.Position ?? replaced.Position;
        EnsureSeatIsFree(committee, position, termStart, null);
        var successor = committee.AddMember(input.FullName.Trim(), position, termStart);
        Apply(successor, input);
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

    private CommitteeMember GetRunningMember(Committee committee, Guid memberId)
    {
        var member = committee.GetMember(memberId);
        if (member.TermEnd is not null)
        {
            throw new BusinessException(OrganizationErrorCodes.MemberTermAlreadyEnded, l["MemberTermAlreadyEnded", member.FullName]);
        }
        return member;
    }

    private void EnsureSeatIsFree(Committee committee, CommitteePosition position, DateOnly start, DateOnly? end)
    {
        if (Committee.IsSingleSeat(position) && committee.FindHolderDuring(position, start, end) is { } holder)
        {
            throw new AbpValidationException(l["PositionAlreadyHeld", l[$"CommitteePosition:{position}"], holder.FullName], "position");
        }
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

    private static void Apply(CommitteeMember member, CommitteeMemberDetailsDto input)
    {
        member.UserId = input.UserId;
        member.UnitId = input.UnitId;
        member.Title = TextInput.OrNull(input.Title);
    }
}
