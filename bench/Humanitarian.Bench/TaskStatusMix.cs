using Humanitarian.Campaigns.Entities;

namespace Humanitarian.Bench;

/// <summary>
/// Where a generated task stands, through the entity's own Submit, Accept and Return so the stored
/// status, times and Vietnamese submission day agree as the app would leave them: of the tasks already
/// due, most reported on time (many accepted), some late, some returned and some never reported (those
/// two overdue); of those not yet due, most open, a few reported early.
/// </summary>
internal static class TaskStatusMix
{
    // Reports are taken whatever the period: the generator writes history, it does not enforce the lock.
    private static readonly DateOnly NoLock = DateOnly.MaxValue;

    /// <summary>Days late at most: a task due more recently is never reported late, so no report lies in the future.</summary>
    private const int MaxDaysLate = 20;

    public static void Apply(TaskAssignment task, DateOnly today, Random random)
    {
        var roll = random.NextDouble();
        if (task.DueDate >= today)
        {
            if (roll < 0.2)
            {
                task.Submit(null, [], DateTime.UtcNow.AddHours(-random.Next(1, 72)), NoLock);
            }
            return;
        }
        if (roll < 0.6)
        {
            var submitted = AtNineInVietnam(task.DueDate.AddDays(-random.Next(0, 6)));
            task.Submit("Đã hoàn thành", [], submitted, NoLock);
            if (roll < 0.35)
            {
                task.Accept(null, null, submitted.AddDays(2));
            }
        }
        else if (roll < 0.72 && task.DueDate.AddDays(MaxDaysLate) < today)
        {
            var submitted = AtNineInVietnam(task.DueDate.AddDays(random.Next(1, MaxDaysLate + 1)));
            task.Submit("Báo cáo muộn", [], submitted, NoLock);
            if (roll < 0.66)
            {
                task.Accept(null, null, submitted.AddDays(2));
            }
        }
        else if (roll < 0.8)
        {
            var submitted = AtNineInVietnam(task.DueDate.AddDays(-1));
            task.Submit("Đã hoàn thành", [], submitted, NoLock);
            task.Return("Thiếu số liệu, đề nghị bổ sung", null, submitted.AddDays(2));
        }
        // Else never reported: overdue.
    }

    private static DateTime AtNineInVietnam(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
}
