namespace Humanitarian.Campaigns.Reminders;

/// <summary>
/// The steps of the reminder policy around a due date, in order: a run queues only the most advanced
/// one due, so a server that was down for a week sends one reminder, not each it missed.
/// </summary>
public enum ReminderStep
{
    /// <summary>A week before the due date (setting <c>Humanitarian.Reminders.FirstNoticeDays</c>).</summary>
    Before7Days,

    /// <summary>The day before (setting <c>Humanitarian.Reminders.LastNoticeDays</c>).</summary>
    Before1Day,

    /// <summary>The day after the due date.</summary>
    Overdue1Day,

    /// <summary>Every few days while it stays overdue (<c>Humanitarian.Reminders.RepeatEveryDays</c>).</summary>
    OverdueRepeat,

    /// <summary>
    /// The repeats from <c>Humanitarian.Reminders.EscalateAfterDays</c> on, copied to the campaign
    /// committee's standing deputy and the tenant's admins.
    /// </summary>
    Escalation,
}

/// <summary>Whom a reminder went to, and why.</summary>
public enum ReminderRecipientKind
{
    UnitContact,
    StandingDeputy,
    Admin,
}

/// <summary>Where the reminder's e-mail stands in the outbox.</summary>
public enum ReminderDeliveryStatus
{
    Queued,
    Sent,
    Failed,
}
