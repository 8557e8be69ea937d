using Humanitarian.Campaigns.Reminders;

namespace Humanitarian.Campaigns.Domain.Reminders;

/// <summary>A step of the policy and the calendar day it was scheduled for (part of the reminder's unique key).</summary>
public sealed record ScheduledReminder(ReminderStep Step, DateOnly ScheduledDate);

/// <summary>
/// When a unit that still owes something is reminded, in calendar days (Vietnam): a first and a last
/// notice before the due date; the day after; then every <see cref="RepeatEveryDays"/> days while it stays
/// overdue, escalated from <see cref="EscalateAfterDays"/> days overdue. Days 1, 4, 7, 10… with the
/// defaults, the 7th and later escalated.
/// </summary>
public sealed record ReminderPolicy(int FirstNoticeDays = 7, int LastNoticeDays = 1, int RepeatEveryDays = 3, int EscalateAfterDays = 7)
{
    /// <summary>
    /// The most advanced step due on <paramref name="today"/>: the latest scheduled on or before it, or
    /// null before the first notice. A run after days of downtime gets one step, the latest.
    /// </summary>
    public ScheduledReminder? LatestDue(DateOnly dueDate, DateOnly today)
    {
        var daysOverdue = today.DayNumber - dueDate.DayNumber;
        if (daysOverdue >= 1)
        {
            var repeats = (daysOverdue - 1) / RepeatEveryDays;
            var day = 1 + repeats * RepeatEveryDays;
            var step = repeats == 0 ? ReminderStep.Overdue1Day
                : day >= EscalateAfterDays ? ReminderStep.Escalation : ReminderStep.OverdueRepeat;
            return new ScheduledReminder(step, dueDate.AddDays(day));
        }
        if (daysOverdue >= -LastNoticeDays)
        {
            return new ScheduledReminder(ReminderStep.Before1Day, dueDate.AddDays(-LastNoticeDays));
        }
        if (daysOverdue >= -FirstNoticeDays)
        {
            return new ScheduledReminder(ReminderStep.Before7Days, dueDate.AddDays(-FirstNoticeDays));
        }
        return null;
    }

    /// <summary>Notices before the due date in order, repeats at least a day apart, escalation after some days.</summary>
    public bool IsValid =>
        FirstNoticeDays is >= 0 and <= MaxDays && LastNoticeDays >= 0 && LastNoticeDays <= FirstNoticeDays
        && RepeatEveryDays is >= 1 and <= MaxDays && EscalateAfterDays is >= 1 and <= MaxDays;

    public const int MaxDays = 90;

    /// <summary>The latest due date that has a step due on <paramref name="today"/>: what a run looks at.</summary>
    public DateOnly LatestDueDateToLookAt(DateOnly today) => today.AddDays(FirstNoticeDays);
}
