using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Units;

public sealed class UnitLookup(IRepository<Unit, Guid> units) : IUnitLookup, ITransientDependency
{
    public async Task<bool> ExistsAsync(Guid unitId) =>
        await (await units.GetQueryableAsync()).AnyAsync(u => u.Id == unitId);

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> unitIds)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        return await (await units.GetQueryableAsync()).AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetCodesAsync(IEnumerable<Guid> unitIds)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        return await (await units.GetQueryableAsync()).AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Code);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> GetIdsByCodeAsync(IEnumerable<string> codes)
    {
        var wanted = codes.Distinct().ToList();
        return await (await units.GetQueryableAsync()).AsNoTracking().Where(u => wanted.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => u.Id);
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReminderRecipient>>> GetReminderRecipientsAsync(IEnumerable<Guid> unitIds)
    {
        var ids = unitIds.Distinct().ToList();
        var contacts = await (await units.GetQueryableAsync()).AsNoTracking().Where(u => ids.Contains(u.Id))
            .SelectMany(u => u.Contacts)
            .Where(c => c.ReceivesReminders && c.Email != null && c.Email != "")
            .Select(c => new { c.UnitId, c.Name, c.Email })
            .ToListAsync();
        return contacts.GroupBy(c => c.UnitId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<ReminderRecipient>)g.Select(c => new ReminderRecipient(c.Name, c.Email!)).ToList());
    }
}
