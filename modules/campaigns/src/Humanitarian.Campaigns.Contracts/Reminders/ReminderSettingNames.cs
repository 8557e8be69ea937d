namespace Humanitarian.Campaigns.Reminders;

/// <summary>The reminder policy, per tenant; the host's values are the defaults.</summary>
public static class ReminderSettingNames
{
    private const string Prefix = "Humanitarian.Reminders.";

    public const string IsEnabled = Prefix + "IsEnabled";

    /// <summary>Days before the due date of the first notice (7).</summary>
    public const string FirstNoticeDays = Prefix + "FirstNoticeDays";

    /// <summary>Days before the due date of the last notice (1).</summary>
    public const string LastNoticeDays = Prefix + "LastNoticeDays";

    /// <summary>Days between the reminders of an overdue task, after the first the day after (3).</summary>
    public const string RepeatEveryDays = Prefix + "RepeatEveryDays";

    /// <summary>Days overdue from which reminders are copied to the standing deputy and the admins (7).</summary>
    public const string EscalateAfterDays = Prefix + "EscalateAfterDays";
}
