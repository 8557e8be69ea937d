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

    /// <summary>The same counts by owning tenant: one grouped query, whatever the number of tenants.</summary>
    public static Task<IReadOnlyDictionary<Guid, TaskProgressDto>> CountPerTenantAsync(IQueryable<TaskAssignment> tasks, DateOnly today) =>
        CountPerAsync(tasks, today, t => t.TenantId!.Value);

    /// <summary>The same counts by unit.</summary>
    public static Task<IReadOnlyDictionary<Guid, TaskProgressDto>> CountPerUnitAsync(IQueryable<TaskAssignment> tasks, DateOnly today) =>
        CountPerAsync(tasks, today, t => t.UnitId);

    /// <summary>One grouped query (each figure a conditional count), the task rules taken from <see cref="TaskAssignment"/>.</summary>
    private static async Task<IReadOnlyDictionary<Guid, TaskProgressDto>> CountPerAsync(
        IQueryable<TaskAssignment> tasks, DateOnly today, Expression<Func<TaskAssignment, Guid>> key) =>
        await tasks.GroupBy(key).Select(Counting(today))
            .ToDictionaryAsync(c => c.Key, c => new TaskProgressDto { Total = c.Total, Submitted = c.Submitted, OnTime = c.OnTime, Overdue = c.Overdue });

    /// <summary>
    /// <c>g => new Counted { Key = g.Key, Total = g.Count(), Submitted = g.Count(IsReported), ... }</c>, built by
    /// hand because a rule kept as an expression cannot be named inside a lambda the query translates.
    /// </summary>
    private static Expression<Func<IGrouping<Guid, TaskAssignment>, Counted>> Counting(DateOnly today)
    {
        var group = Expression.Parameter(typeof(IGrouping<Guid, TaskAssignment>), "g");
        Expression Count(LambdaExpression? rule) => rule is null
            ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TaskAssignment)], group)
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TaskAssignment)], group, rule);
        return Expression.Lambda<Func<IGrouping<Guid, TaskAssignment>, Counted>>(
            Expression.MemberInit(Expression.New(typeof(Counted)),
                Expression.Bind(typeof(Counted).GetProperty(nameof(Counted.Key))!, Expression.Property(group, nameof(IGrouping<Guid, TaskAssignment>.Key))),
                Expression.Bind(typeof(Counted).GetProperty(nameof(Counted.Total))!, Count(null)),
                Expression.Bind(typeof(Counted).GetProperty(nameof(Counted.Submitted))!, Count(TaskAssignment.IsReported)),
                Expression.Bind(typeof(Counted).GetProperty(nameof(Counted.OnTime))!, Count(TaskAssignment.IsReportedOnTime)),
                Expression.Bind(typeof(Counted).GetProperty(nameof(Counted.Overdue))!, Count(TaskAssignment.IsOverdueAt(today)))),
            group);
    }

    private sealed class Counted
    {
        public Guid Key { get; init; }
        public int Total { get; init; }
        public int Submitted { get; init; }
        public int OnTime { get; init; }
        public int Overdue { get; init; }
    }

    public static TaskProgressDto Sum(IEnumerable<TaskProgressDto> parts) =>
        parts.Aggregate(new TaskProgressDto(), (sum, part) => new TaskProgressDto
        {
            Total = sum.Total + part.Total, Submitted = sum.Submitted + part.Submitted, OnTime = sum.OnTime + part.OnTime,
            Overdue = sum.Overdue + part.Overdue,
        });
}
