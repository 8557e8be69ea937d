using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Committees;

public sealed class CommitteeRoleProvider(IRepository<Committee, Guid> committees, TimeProvider clock)
    : ICommitteeRoleProvider, ITransientDependency
{
    public async Task<IReadOnlyList<string>> GetCurrentRoleNamesAsync(Guid userId)
    {
        var today = VietnamCalendar.Today(clock);
        var positions = await (await committees.GetQueryableAsync()).SelectMany(c => c.Members)
            .Where(m => m.UserId == userId && m.TermStart <= today && (m.TermEnd == null || m.TermEnd >= today))
            .Select(m => m.Position).Distinct().ToListAsync();
        return positions.Select(RoleOf).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static string RoleOf(CommitteePosition position) => position switch
    {
        CommitteePosition.Head => DefaultRoleNames.CommitteeHead,
        CommitteePosition.StandingDeputy => DefaultRoleNames.StandingDeputy,
        _ => DefaultRoleNames.CommitteeMember,
    };
}
