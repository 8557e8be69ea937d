using System.Globalization;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Excel;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Summaries;

/// <summary>
/// The summary as one sheet: a row per unit — its reporting figures, activities, and for each target its
/// part and whether it met the goal — then the total row with each target's result.
/// </summary>
public sealed class CampaignSummaryExcel(IStringLocalizer<CampaignsResource> l) : ITransientDependency
{
    public IRemoteStreamContent Write(CampaignSummaryDto summary)
    {
        var sheet = new ExcelExport(l["Excel:Sheet:Summary"])
            .Text(l["Excel:Summary:Unit"]).Number(l["Excel:Summary:Tasks"]).Number(l["Excel:Summary:Submitted"])
            .Number(l["Excel:Summary:OnTime"]).Number(l["Excel:Summary:Overdue"]).Number(l["Excel:Summary:Activities"]);
        // Numbered: two targets may share a name, a sheet's columns may not.
        foreach (var (target, number) in summary.Targets.Select((t, i) => (t, i + 1)))
        {
            sheet.Decimal(l["Excel:Summary:TargetValue", number, target.Name, target.Goal.ToString("0.##", CultureInfo.CurrentCulture)])
                .Text(l["Excel:Summary:TargetMet", number]);
        }
        foreach (var unit in summary.Units)
        {
            sheet.Add([unit.UnitName, unit.Tasks.Total, unit.Tasks.Submitted, unit.Tasks.OnTime, unit.Tasks.Overdue, unit.Activities,
                .. unit.Targets.SelectMany(t => new object?[] { t.Value, Met(t.IsMet) })]);
        }
        sheet.Add([l["Excel:Summary:Total"].Value, summary.Tasks.Total, summary.Tasks.Submitted, summary.Tasks.OnTime, summary.Tasks.Overdue,
            summary.Units.Sum(u => u.Activities), .. summary.Targets.SelectMany(t => new object?[] { t.Actual, Met(t.IsMet) })]);
        var period = summary.Year?.ToString(CultureInfo.InvariantCulture) ?? summary.StartDate.ToString("yyyy", CultureInfo.InvariantCulture);
        return sheet.ToFile(l["Excel:File:Summary", summary.CampaignName, period]);
    }

    private string? Met(bool? isMet) => isMet is { } met ? l[met ? "Summary:Met" : "Summary:NotMet"].Value : null;
}
