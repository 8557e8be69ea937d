using System.Globalization;
using Humanitarian.Framework.Settings;

namespace Humanitarian.Campaigns.Services.Campaigns;

public sealed class CampaignsSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(ISettingDefinitionContext context) => context.Add(
        new SettingDefinition(CampaignsSettingNames.ReportLockDays,
            CampaignManager.DefaultReportLockDays.ToString(CultureInfo.InvariantCulture)));
}
