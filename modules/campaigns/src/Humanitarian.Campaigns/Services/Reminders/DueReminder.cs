using Humanitarian.Campaigns.Domain.Reminders;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>A task whose unit has a reminder step due today, with what the e-mail says of it.</summary>
public sealed record DueReminder(
    Guid TaskId, Guid UnitId, string TaskTitle, DateOnly DueDate, string CampaignName, Guid? CommitteeId, ScheduledReminder Scheduled);
