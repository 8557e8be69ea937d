using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Campaigns;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.AspNetCore.Mvc.UI;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>Base of the module's pages: the framework's page model on the module's resource, with the names of its enums.</summary>
public abstract class CampaignsPageModel : AbpPageModel<CampaignsResource>
{
    public string KindName(CampaignKind kind) => L["CampaignKind:" + kind];

    public string StatusName(CampaignStatus status) => L["CampaignStatus:" + status];

    public string RecurrenceName(CampaignRecurrence recurrence) => L["CampaignRecurrence:" + recurrence];

    public string MetricName(TargetMetric metric) => L["TargetMetric:" + metric];

    public string StatusName(TaskAssignmentStatus status) => L["TaskAssignmentStatus:" + status];

    public string KindName(CampaignActivityKind kind) => L["CampaignActivityKind:" + kind];

    /// <summary>
    /// A recurring campaign's runs from the first to <paramref name="last"/>: a run bears the year it ends in
    /// (Tết's lunar year), so a first run from December to January is the next year's.
    /// </summary>
    protected static IReadOnlyList<int> RunYears(CampaignDto campaign, int last)
    {
        var first = CampaignOccurrences.YearOf(campaign.Recurrence, campaign.EndDate);
        return Enumerable.Range(first, Math.Max(last, first) - first + 1).ToList();
    }

    /// <summary>A figure as the UI culture writes it, without trailing zeros (100, 12,5).</summary>
    public static string Figure(decimal value) => value.ToString("#,0.##", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>How a task stands against its due date, a badge status and a text key: overdue, late, on time, or nothing yet.</summary>
    public static string? Timeliness(TaskAssignmentDto task) =>
        task.IsOverdue ? "Overdue" : task.IsOnTime switch { true => "OnTime", false => "Late", null => null };
}
