using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Committees;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Committees;

public sealed class CommitteeLookup(IRepository<Committee, Guid> committees, IExternalUserLookupServiceProvider users)
    : ICommitteeLookup, ITransientDependency
{
    public async Task<bool> ExistsAsync(Guid committeeId) =>
        await (await committees.GetQueryableAsync()).AnyAsync(c => c.Id == committeeId);

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> committeeIds)
    {
        var ids = committeeIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        return await (await committees.GetQueryableAsync()).AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name);
    }

    public async Task<Guid?> FindByNameAsync(string name) =>
        await (await committees.GetQueryableAsync()).Where(c => c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();

    public async Task<string?> FindMemberNameAsync(Guid memberId) =>
        await (await committees.GetQueryableAsync()).AsNoTracking()
            .SelectMany(c => c.Members).Where(m => m.Id == memberId).Select(m => m.FullName).FirstOrDefaultAsync();

    public async Task<IReadOnlyList<Guid>> GetMemberIdsAsync(Guid committeeId, DateOnly from, DateOnly to) =>
        await (await committees.GetQueryableAsync()).AsNoTracking().Where(c => c.Id == committeeId)
            .SelectMany(c => c.Members)
            .Where(m => m.TermStart <= to && (m.TermEnd == null || m.TermEnd >= from))
            .Select(m => m.Id).ToListAsync();

    public async Task<IReadOnlyList<Guid>> GetCommitteesOfUserAsync(Guid userId, DateOnly day) =>
        await (await committees.GetQueryableAsync()).AsNoTracking()
            .SelectMany(c => c.Members)
            .Where(m => m.UserId == userId && m.TermStart <= day && (m.TermEnd == null || m.TermEnd >= day))
            .Select(m => m.CommitteeId).Distinct().ToListAsync();

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReminderRecipient>>> GetMembersToNotifyAsync(
        IEnumerable<Guid> committeeIds, DateOnly day, params CommitteePosition[] positions)
    {
        var ids = committeeIds.Distinct().ToList();
        var members = await (await committees.GetQueryableAsync()).AsNoTracking().Where(c => ids.Contains(c.Id))
            .SelectMany(c => c.Members)
            .Where(m => positions.Contains(m.Position) && m.UserId != null && m.TermStart <= day && (m.TermEnd == null || m.TermEnd >= day))
            .Select(m => new { m.CommitteeId, m.FullName, UserId = m.UserId!.Value })
            .ToListAsync();
        var result = new Dictionary<Guid, IReadOnlyList<ReminderRecipient>>();
        foreach (var committee in members.GroupBy(m => m.CommitteeId))
        {
            var recipients = new List<ReminderRecipient>();
            foreach (var member in committee)
            {
                // A deactivated account is someone who left: nothing goes to them.
                if (await users.FindByIdAsync(member.UserId) is { IsActive: true, Email: { Length: > 0 } email })
                {
                    recipients.Add(new ReminderRecipient(member.FullName, email));
                }
            }
            result[committee.Key] = recipients;
        }
        return result;
    }
}
