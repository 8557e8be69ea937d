using System.Globalization;
using Humanitarian.Campaigns.Domain.Reminders;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.Settings;

namespace Humanitarian.Campaigns.Services.Reminders;

public sealed class ReminderSettingDefinitionProvider : SettingDefinitionProvider
{
    private static readonly ReminderPolicy Defaults = new();

    public override void Define(ISettingDefinitionContext context) => context.Add(
        new SettingDefinition(ReminderSettingNames.IsEnabled, "true"),
        new SettingDefinition(ReminderSettingNames.FirstNoticeDays, Text(Defaults.FirstNoticeDays)),
        new SettingDefinition(ReminderSettingNames.LastNoticeDays, Text(Defaults.LastNoticeDays)),
        new SettingDefinition(ReminderSettingNames.RepeatEveryDays, Text(Defaults.RepeatEveryDays)),
        new SettingDefinition(ReminderSettingNames.EscalateAfterDays, Text(Defaults.EscalateAfterDays)));

    private static string Text(int days) => days.ToString(CultureInfo.InvariantCulture);
}
