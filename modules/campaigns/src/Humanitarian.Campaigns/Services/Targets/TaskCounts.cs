using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Targets;

/// <summary>The reporting rate — tasks expected, reported, reported on time, overdue — counted in the database.</summary>
internal static class TaskCounts
{
    public static async Task<TaskProgressDto> CountAsync(IQueryable<TaskAssignment> tasks, DateOnly today) => new()
    {
        Total = await tasks.CountAsync(),
        Submitted = await tasks.CountAsync(TaskAssignment.IsReported),
        OnTime = await tasks.CountAsync(TaskAssignment.IsReportedOnTime),
        Overdue = await tasks.CountAsync(TaskAssignment.IsOverdueAt(today)),
    };

    /// <summary>The same counts by owning tenant: four grouped queries, whatever the number of tenants.</summary>
    public static async Task<IReadOnlyDictionary<Guid, TaskProgressDto>> CountPerTenantAsync(IQueryable<TaskAssignment> tasks, DateOnly today)
    {
        var total = await PerTenantAsync(tasks);
        var submitted = await PerTenantAsync(tasks.Where(TaskAssignment.IsReported));
        var onTime = await PerTenantAsync(tasks.Where(TaskAssignment.IsReportedOnTime));
        var overdue = await PerTenantAsync(tasks.Where(TaskAssignment.IsOverdueAt(today)));
        return total.ToDictionary(t => t.Key, t => new TaskProgressDto
        {
            Total = t.Value, Submitted = submitted.GetValueOrDefault(t.Key), OnTime = onTime.GetValueOrDefault(t.Key),
            Overdue = overdue.GetValueOrDefault(t.Key),
        });
    }

    public static TaskProgressDto Sum(IEnumerable<TaskProgressDto> parts) =>
        parts.Aggregate(new TaskProgressDto(), (sum, part) => new TaskProgressDto
        {
            Total = sum.Total + part.Total, Submitted = sum.Submitted + part.Submitted, OnTime = sum.OnTime + part.OnTime,
            Overdue = sum.Overdue + part.Overdue,
        });

    private static async Task<Dictionary<Guid, int>> PerTenantAsync(IQueryable<TaskAssignment> tasks) =>
        await tasks.GroupBy(t => t.TenantId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
}
