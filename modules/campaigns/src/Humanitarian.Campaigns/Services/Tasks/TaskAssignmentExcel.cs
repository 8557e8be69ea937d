using System.Globalization;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Timing;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Tasks;

/// <summary>Tasks as a sheet: campaign, unit, due date, status, and whether the report came on time.</summary>
internal static class TaskAssignmentExcel
{
    public static IRemoteStreamContent Write(IEnumerable<TaskAssignmentDto> tasks, IStringLocalizer<CampaignsResource> l, DateOnly today)
    {
        var sheet = new ExcelExport(l["Excel:Sheet:Tasks"])
            .Text(l["Excel:Task:Campaign"]).Number(l["Excel:Task:Year"]).Text(l["Excel:Task:Unit"]).Text(l["Excel:Task:Title"])
            .Date(l["Excel:Task:DueDate"]).Text(l["Excel:Task:Status"]).Date(l["Excel:Task:SubmittedDate"]).Text(l["Excel:Task:Timeliness"]);
        foreach (var task in tasks)
        {
            var timeliness = task.IsOverdue ? l["Excel:Task:Overdue"] : task.IsOnTime is { } onTime ? l[onTime ? "Excel:Task:OnTime" : "Excel:Task:Late"] : null;
            sheet.Add(task.CampaignName, task.Year, task.UnitName, task.Title, task.DueDate, l["TaskAssignmentStatus:" + task.Status].Value,
                task.SubmittedTime is { } submitted ? VietnamCalendar.DateOf(submitted) : null, timeliness?.Value);
        }
        return sheet.ToFile(l["Excel:File:Tasks", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }
}
