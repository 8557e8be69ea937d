using Humanitarian.Framework.Application;

namespace Humanitarian.Campaigns.Reminders;

/// <summary>One reminder: which step, to whom, when queued, and what became of its e-mail.</summary>
public sealed class ReminderDto : EntityDto<Guid>
{
    public Guid TaskAssignmentId { get; set; }
    public string? TaskTitle { get; set; }
    public Guid UnitId { get; set; }
    public string? UnitName { get; set; }
    public ReminderStep Step { get; set; }

    /// <summary>The calendar day (Vietnam) the policy scheduled this step for.</summary>
    public DateOnly ScheduledDate { get; set; }

    public string Recipient { get; set; } = "";
    public string RecipientName { get; set; } = "";
    public ReminderRecipientKind RecipientKind { get; set; }
    public DateTime QueuedTime { get; set; }
    public DateTime? SentTime { get; set; }
    public ReminderDeliveryStatus Status { get; set; }

    /// <summary>Why the last try failed, while it is not sent.</summary>
    public string? Error { get; set; }

    /// <summary>The e-mail's Message-ID: the same on every try, so a repeated delivery is folded by mail clients.</summary>
    public string MessageId { get; set; } = "";
}

public sealed class ReminderHistoryInput : PagedAndSortedResultRequestDto
{
    /// <summary>One task's reminders; all of the tenant's (in the user's unit scope) when null.</summary>
    public Guid? TaskAssignmentId { get; set; }

    public ReminderStep? Step { get; set; }
    public ReminderDeliveryStatus? Status { get; set; }
}

/// <summary>What a run queued.</summary>
public sealed class ReminderRunResultDto
{
    public int Queued { get; set; }
}
