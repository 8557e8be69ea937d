using Humanitarian.Campaigns.Domain.Reminders;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>
/// A unit's task — or another module's due (<see cref="Humanitarian.Campaigns.Reminders.IUnitDueSource"/>), then
/// <paramref name="IsTask"/> false — with a reminder step due today, and what the e-mail says of it.
/// </summary>
/// <param name="Context">The task's campaign, or what the due belongs to.</param>
public sealed record DueReminder(
    Guid Id, bool IsTask, Guid UnitId, string Title, DateOnly DueDate, string Context, Guid? CommitteeId, ScheduledReminder Scheduled, string LinkPath);
