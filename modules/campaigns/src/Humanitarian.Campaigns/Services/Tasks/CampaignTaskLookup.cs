using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Timing;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Tasks;

public sealed class CampaignTaskLookup(IRepository<TaskAssignment, Guid> tasks, IRepository<Campaign, Guid> campaigns, TimeProvider clock)
    : ICampaignTaskLookup, ITransientDependency
{
    public async Task<IReadOnlyDictionary<Guid, CampaignTaskState>> GetAsync(IEnumerable<Guid> taskIds)
    {
        var ids = taskIds.Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<Guid, CampaignTaskState>() : (await ReadAsync(t => ids.Contains(t.Id))).ToDictionary(t => t.Id);
    }

    public async Task<IReadOnlyList<CampaignTaskState>> FindAsync(string title, DateOnly dueDate) =>
        await ReadAsync(t => t.Title == title && t.DueDate == dueDate);

    private async Task<List<CampaignTaskState>> ReadAsync(System.Linq.Expressions.Expression<Func<TaskAssignment, bool>> which)
    {
        var today = VietnamCalendar.Today(clock);
        var rows = await (await tasks.GetQueryableAsync()).AsNoTracking().Where(which)
            .Join(await campaigns.GetQueryableAsync(), t => t.CampaignId, c => c.Id, (t, c) => new { Task = t, CampaignName = c.Name })
            .ToListAsync();
        return rows.Select(r => new CampaignTaskState(r.Task.Id, r.Task.CampaignId, r.CampaignName, r.Task.UnitId, r.Task.Status,
            r.Task.SubmittedTime, r.Task.IsOverdueOn(today))).ToList();
    }
}
