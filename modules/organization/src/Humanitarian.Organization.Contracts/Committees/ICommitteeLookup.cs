using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Committees;

/// <summary>Integration service: lets other modules check a committee id they are given (a campaign's steering committee) and name it.</summary>
public interface ICommitteeLookup
{
    /// <returns>True when the committee exists in the current tenant (or is one it inherited).</returns>
    Task<bool> ExistsAsync(Guid committeeId);

    /// <returns>The name of each of <paramref name="committeeIds"/> the current tenant has (or inherited); the others are missing.</returns>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> committeeIds);

    /// <returns>The full name of the committee member (a seat in one of the tenant's committees), or null: a sponsor named from its record.</returns>
    Task<string?> FindMemberNameAsync(Guid memberId);

    /// <returns>The committee's seats whose term meets <paramref name="from"/>–<paramref name="to"/>: the members a target counts ("every member sponsors 3 addresses").</returns>
    Task<IReadOnlyList<Guid>> GetMemberIdsAsync(Guid committeeId, DateOnly from, DateOnly to);

    /// <returns>The current tenant's committee of this exact name (demo data names committees), or null.</returns>
    Task<Guid?> FindByNameAsync(string name);

    /// <returns>
    /// For each of <paramref name="committeeIds"/>, its members whose term runs on <paramref name="day"/>
    /// in one of <paramref name="positions"/> and whose linked account has an e-mail address (a member
    /// without an account cannot be written to): the standing deputy a missed deadline escalates to.
    /// </returns>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReminderRecipient>>> GetMembersToNotifyAsync(
        IEnumerable<Guid> committeeIds, DateOnly day, params CommitteePosition[] positions);

    /// <returns>The committees in which <paramref name="userId"/>'s linked member has a term running on <paramref name="day"/>, in any position.</returns>
    Task<IReadOnlyList<Guid>> GetCommitteesOfUserAsync(Guid userId, DateOnly day);
}
