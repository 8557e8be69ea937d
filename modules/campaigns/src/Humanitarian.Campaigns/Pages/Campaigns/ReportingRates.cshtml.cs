using System.Globalization;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>
/// What a parent tenant (or the host) sees of its children: each child tenant's reporting rate over its
/// subtree for a year and, optionally, a kind of campaign — counts only, never a child's tasks.
/// </summary>
[Authorize(CampaignsPermissions.Campaigns.Default)]
public sealed class ReportingRatesModel(ICampaignAppService campaignAppService, TimeProvider clock) : CampaignsPageModel
{
    /// <summary>The year counted; this year in Vietnam by default.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public CampaignKind? Kind { get; set; }

    public IReadOnlyList<ChildReportingRateDto> Children { get; private set; } = [];
    public TaskProgressDto Totals { get; private set; } = new();
    public List<SelectListItem> Kinds { get; private set; } = [];

    /// <summary>The rates shown (same year and kind) as an Excel file.</summary>
    public string ExportUrl => QueryHelpers.AddQueryString(Url.Content("~/api/app/campaign/reporting-rates/export-excel"),
        new Dictionary<string, string?> { ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["kind"] = Kind?.ToString() }
            .Where(v => v.Value is not null));

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?year= or ?kind= falls back to the default, it is no form error
        Year ??= VietnamCalendar.Today(clock).Year;
        Kinds = EnumItems<CampaignKind>(KindName, Kind);
        Children = (await campaignAppService.GetReportingRatesAsync(new ReportingRateInput { Year = Year, Kind = Kind })).Items
            .OrderBy(c => c.TenantName, StringComparer.CurrentCulture).ToList();
        Totals = new TaskProgressDto
        {
            Total = Children.Sum(c => c.Tasks.Total),
            Submitted = Children.Sum(c => c.Tasks.Submitted),
            OnTime = Children.Sum(c => c.Tasks.OnTime),
            Overdue = Children.Sum(c => c.Tasks.Overdue),
        };
    }

    /// <summary>A year out of range is refused by the service: the message over an empty table.</summary>
    protected override Task OnInputRejectedAsync()
    {
        Kinds = EnumItems<CampaignKind>(KindName, Kind);
        return Task.CompletedTask;
    }
}
