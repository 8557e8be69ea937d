using System.Globalization;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Services.Targets;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Campaigns;

/// <summary>The children's reporting rates as a sheet: a row per child tenant — tasks expected, submitted, on time, overdue — then the total.</summary>
internal static class ReportingRatesExcel
{
    public static IRemoteStreamContent Write(IReadOnlyList<ChildReportingRateDto> children, int year, IStringLocalizer<CampaignsResource> l)
    {
        var sheet = new ExcelExport(l["Excel:Sheet:ReportingRates"])
            .Text(l["Excel:ReportingRates:Tenant"]).Number(l["Excel:ReportingRates:Tasks"]).Number(l["Excel:ReportingRates:Submitted"])
            .Number(l["Excel:ReportingRates:OnTime"]).Number(l["Excel:ReportingRates:Overdue"]);
        foreach (var child in children)
        {
            sheet.Add(child.TenantName, child.Tasks.Total, child.Tasks.Submitted, child.Tasks.OnTime, child.Tasks.Overdue);
        }
        var total = TaskCounts.Sum(children.Select(c => c.Tasks));
        sheet.Add(l["Excel:ReportingRates:Total"].Value, total.Total, total.Submitted, total.OnTime, total.Overdue);
        return sheet.ToFile(l["Excel:File:ReportingRates", year.ToString(CultureInfo.InvariantCulture)]);
    }
}
