using System.Globalization;
using Humanitarian.Campaigns.Domain.Reminders;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Settings;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>The current tenant's reminder policy from its settings (inherited from the host's).</summary>
public sealed class ReminderSettings(ISettingProvider settings) : ITransientDependency
{
    /// <returns>Null when the tenant has turned reminders off.</returns>
    public async Task<ReminderPolicy?> GetPolicyAsync()
    {
        if (!bool.TryParse(await settings.GetOrNullAsync(ReminderSettingNames.IsEnabled), out var enabled) || !enabled)
        {
            return null;
        }
        var defaults = new ReminderPolicy();
        var policy = new ReminderPolicy(
            await DaysAsync(ReminderSettingNames.FirstNoticeDays, defaults.FirstNoticeDays),
            await DaysAsync(ReminderSettingNames.LastNoticeDays, defaults.LastNoticeDays),
            await DaysAsync(ReminderSettingNames.RepeatEveryDays, defaults.RepeatEveryDays),
            await DaysAsync(ReminderSettingNames.EscalateAfterDays, defaults.EscalateAfterDays));
        // The settings page refuses such values; one stored some other way must not stop the reminders.
        return policy.IsValid ? policy : defaults;
    }

    private async Task<int> DaysAsync(string name, int fallback) =>
        int.TryParse(await settings.GetOrNullAsync(name), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : fallback;
}
