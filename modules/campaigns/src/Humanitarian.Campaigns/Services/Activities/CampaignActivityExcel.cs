using System.Globalization;
using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Activities;

/// <summary>Activities as a sheet: campaign and run, date, unit, what was done, its figures and how many files record it.</summary>
internal static class CampaignActivityExcel
{
    /// <summary>An activity with its campaign's name and, for a recurring campaign, the run its date falls in.</summary>
    public sealed record Row(CampaignActivityDto Activity, string? CampaignName, int? Year);

    public static IRemoteStreamContent Write(IEnumerable<Row> rows, IStringLocalizer<CampaignsResource> l, DateOnly today)
    {
        // The amount is a Decimal column: VND sums pass int's 2.1 billion, a Number column's range.
        var sheet = new ExcelExport(l["Excel:Sheet:Activities"])
            .Text(l["Excel:Activity:Campaign"]).Number(l["Excel:Activity:Year"]).Date(l["Excel:Activity:Date"]).Text(l["Excel:Activity:Kind"])
            .Text(l["Excel:Activity:Title"]).Text(l["Excel:Activity:Place"]).Text(l["Excel:Activity:Unit"])
            .Number(l["Excel:Activity:Participants"]).Decimal(l["Excel:Activity:AmountRaised"]).Number(l["Excel:Activity:Attachments"]);
        foreach (var (activity, campaignName, year) in rows)
        {
            sheet.Add(campaignName, year, activity.Date, l["CampaignActivityKind:" + activity.Kind].Value, activity.Title, activity.Place,
                activity.UnitName, activity.Participants, activity.AmountRaised, activity.Attachments.Count);
        }
        return sheet.ToFile(l["Excel:File:Activities", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }
}
