using Humanitarian.Framework.Timing;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Settings;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Committees;

public sealed class CommitteeRoleProvider(IRepository<Committee, Guid> committees, ISettingProvider settings, TimeProvider clock)
    : ICommitteeRoleProvider, ITransientDependency
{
    public async Task<IReadOnlyList<string>> GetCurrentRoleNamesAsync(Guid userId)
    {
        var today = VietnamCalendar.Today(clock);
        var positions = await (await committees.GetQueryableAsync()).SelectMany(c => c.Members)
            .Where(m => m.UserId == userId && m.TermStart <= today && (m.TermEnd == null || m.TermEnd >= today))
            .Select(m => m.Position).Distinct().ToListAsync();
        if (positions.Count == 0)
        {
            return [];
        }
        var seatRoles = CommitteeSeatRoles.Parse(await settings.GetOrNullAsync(OrganizationSettingNames.CommitteeSeatRoles));
        return positions.Select(seatRoles.RoleOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal).ToList();
    }
}
