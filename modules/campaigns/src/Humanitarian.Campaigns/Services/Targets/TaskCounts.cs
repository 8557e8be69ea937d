using System.Linq.Expressions;
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
    public static Task<IReadOnlyDictionary<Guid, TaskProgressDto>> CountPerTenantAsync(IQueryable<TaskAssignment> tasks, DateOnly today) =>
        CountPerAsync(tasks, today, t => t.TenantId!.Value);

    /// <summary>The same counts by unit.</summary>
    public static Task<IReadOnlyDictionary<Guid, TaskProgressDto>> CountPerUnitAsync(IQueryable<TaskAssignment> tasks, DateOnly today) =>
        CountPerAsync(tasks, today, t => t.UnitId);

    private static async Task<IReadOnlyDictionary<Guid, TaskProgressDto>> CountPerAsync(
        IQueryable<TaskAssignment> tasks, DateOnly today, Expression<Func<TaskAssignment, Guid>> key)
    {
        var total = await CountByAsync(tasks, key);
        var submitted = await CountByAsync(tasks.Where(TaskAssignment.IsReported), key);
        var onTime = await CountByAsync(tasks.Where(TaskAssignment.IsReportedOnTime), key);
        var overdue = await CountByAsync(tasks.Where(TaskAssignment.IsOverdueAt(today)), key);
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

    private static async Task<Dictionary<Guid, int>> CountByAsync(IQueryable<TaskAssignment> tasks, Expression<Func<TaskAssignment, Guid>> key) =>
        await tasks.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
}
