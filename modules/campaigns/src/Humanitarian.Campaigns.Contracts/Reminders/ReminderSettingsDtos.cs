using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Campaigns.Reminders;

/// <summary>The reminder policy as a tenant sets it (settings <c>Humanitarian.Reminders.*</c>), in calendar days.</summary>
public class ReminderPolicySettingsDto
{
    public bool IsEnabled { get; set; }

    /// <summary>The first notice, this many days before the due date.</summary>
    public int FirstNoticeDays { get; set; }

    /// <summary>The last notice, this many days before the due date (0: on the day).</summary>
    public int LastNoticeDays { get; set; }

    /// <summary>After the day-after notice, again every this many days while overdue.</summary>
    public int RepeatEveryDays { get; set; }

    /// <summary>From this many days overdue, the standing deputy and the admins get a copy.</summary>
    public int EscalateAfterDays { get; set; }
}

/// <summary>The caller's policy in force, and for a tenant the national defaults it inherits or overrides.</summary>
public sealed class ReminderSettingsDto : ReminderPolicySettingsDto
{
    /// <summary>The tenant has set nothing itself: the values are the national defaults.</summary>
    public bool IsInherited { get; set; }

    /// <summary>The national defaults (null for the host, whose values they are).</summary>
    public ReminderPolicySettingsDto? HostDefaults { get; set; }
}

public sealed class UpdateReminderSettingsDto
{
    public bool IsEnabled { get; set; } = true;

    [Required, Range(0, MaxDays)]
    public int? FirstNoticeDays { get; set; }

    [Required, Range(0, MaxDays)]
    public int? LastNoticeDays { get; set; }

    [Required, Range(1, MaxDays)]
    public int? RepeatEveryDays { get; set; }

    [Required, Range(1, MaxDays)]
    public int? EscalateAfterDays { get; set; }

    /// <summary>The policy's longest span, as the domain's ReminderPolicy.MaxDays.</summary>
    public const int MaxDays = 90;
}

/// <summary>The reminder policy's settings at <c>/api/app/reminder/settings</c>: a tenant's own, or the national defaults for the host.</summary>
public interface IReminderSettingsAppService : Humanitarian.Framework.Application.IApplicationService
{
    Task<ReminderSettingsDto> GetAsync();

    /// <summary>Refuses a policy that does not hold together (the last notice before the first) with 400 naming the field.</summary>
    Task<ReminderSettingsDto> UpdateAsync(UpdateReminderSettingsDto input);

    /// <summary>A tenant goes back to the national defaults (400 for the host, which has nothing to go back to).</summary>
    Task ResetAsync();
}
