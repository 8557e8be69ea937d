using System.Globalization;
using Humanitarian.Campaigns.Domain.Reminders;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Settings;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>The current tenant's reminder policy from its settings (inherited from the host's).</summary>
public sealed class ReminderSettings(ISettingProvider settings) : ITransientDependency
{
    public static readonly IReadOnlyList<string> Names =
    [
        ReminderSettingNames.IsEnabled, ReminderSettingNames.FirstNoticeDays, ReminderSettingNames.LastNoticeDays,
        ReminderSettingNames.RepeatEveryDays, ReminderSettingNames.EscalateAfterDays,
    ];

    /// <returns>Null when the tenant has turned reminders off.</returns>
    public async Task<ReminderPolicy?> GetPolicyAsync()
    {
        var (isEnabled, policy) = await ReadAsync(settings.GetOrNullAsync);
        return isEnabled ? policy : null;
    }

    /// <summary>
    /// The policy from stored texts. The settings page refuses bad values; one stored some other way (a
    /// number that does not parse, a policy that does not hold together) reads as the default, so it never
    /// stops the reminders.
    /// </summary>
    public static async Task<(bool IsEnabled, ReminderPolicy Policy)> ReadAsync(Func<string, Task<string?>> read)
    {
        var defaults = new ReminderPolicy();
        async Task<int> DaysAsync(string name, int fallback) =>
            int.TryParse(await read(name), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : fallback;
        var policy = new ReminderPolicy(
            await DaysAsync(ReminderSettingNames.FirstNoticeDays, defaults.FirstNoticeDays),
            await DaysAsync(ReminderSettingNames.LastNoticeDays, defaults.LastNoticeDays),
            await DaysAsync(ReminderSettingNames.RepeatEveryDays, defaults.RepeatEveryDays),
            await DaysAsync(ReminderSettingNames.EscalateAfterDays, defaults.EscalateAfterDays));
        var isEnabled = !bool.TryParse(await read(ReminderSettingNames.IsEnabled), out var enabled) || enabled;
        return (isEnabled, policy.IsValid ? policy : defaults);
    }
}
