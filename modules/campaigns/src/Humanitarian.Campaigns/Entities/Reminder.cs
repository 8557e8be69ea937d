using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Campaigns.Entities;

/// <summary>
/// A reminder queued: (task — or another module's due, <see cref="SubjectId"/> —, step, the day it was
/// scheduled for, recipient) is unique in the database, so
/// every server may run the policy and each reminder is still queued once. Its e-mail is the outbox
/// message it points to, written in the same transaction. Not in the audit log: a reminder is itself the
/// record of what the policy sent (with its delivery in the outbox), written by the daily job as by a run
/// an admin starts, whose request the audit log keeps; tens of thousands of entity changes a day would
/// only bury the officials' own changes.
/// </summary>
[DisableAuditing]
public sealed class Reminder : CreationAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    public const int MaxRecipientLength = 256;
    public const int MaxRecipientNameLength = 256;

    public Guid? TenantId { get; set; }

    /// <summary>The task reminded of; null for another module's due.</summary>
    public Guid? TaskAssignmentId { get; private set; }

    /// <summary>The other module's record reminded of (a pledge); null for a task.</summary>
    public Guid? SubjectId { get; private set; }

    public ReminderStep Step { get; private set; }
    public DateOnly ScheduledDate { get; private set; }

    /// <summary>The e-mail address, lower-case: one reminder per address even if two contacts share it.</summary>
    public string Recipient { get; private set; } = "";

    public string RecipientName { get; private set; } = "";
    public ReminderRecipientKind RecipientKind { get; private set; }
    public Guid EmailMessageId { get; private set; }

    private Reminder() { }

    /// <param name="isTask">Whether <paramref name="subjectId"/> is a task's, or another module's record's.</param>
    public Reminder(Guid id, Guid subjectId, bool isTask, ReminderStep step, DateOnly scheduledDate, string recipient, string recipientName,
        ReminderRecipientKind recipientKind, Guid emailMessageId) : base(id)
    {
        (TaskAssignmentId, SubjectId) = isTask ? ((Guid?)subjectId, (Guid?)null) : (null, subjectId);
        Step = step;
        ScheduledDate = scheduledDate;
        Recipient = NormalizeAddress(recipient);
        RecipientName = recipientName.Length > MaxRecipientNameLength ? recipientName[..MaxRecipientNameLength] : recipientName;
        RecipientKind = recipientKind;
        EmailMessageId = emailMessageId;
    }

    public static string NormalizeAddress(string address) => address.Trim().ToLowerInvariant();
}
