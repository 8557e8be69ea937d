using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>
/// The summary (tổng kết) of a campaign or of one year's run: targets met or not in total and per unit,
/// reporting rates; measured now until an official keeps it, then as kept.
/// </summary>
[Authorize(CampaignsPermissions.Campaigns.Default)]
public sealed class SummaryModel(ICampaignAppService campaignAppService, ICampaignSummaryAppService summaryAppService, TimeProvider clock)
    : CampaignsPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The run of a recurring campaign; ignored for a one-off one.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public CampaignDto Campaign { get; private set; } = null!;
    public CampaignSummaryDto Summary { get; private set; } = new();
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CanSummarise { get; private set; }

    public bool IsRecurring => Campaign.Recurrence != CampaignRecurrence.None;

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?year= shows the latest run, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostSummariseAsync()
    {
        await summaryAppService.SummariseAsync(Id, new CampaignSummaryInput { Year = Year });
        SetNotice("Summary:Summarised");
        return RedirectToPage(new { Id, year = Year });
    }

    /// <summary>A refused summary (not closed, the run not ended) shows why over the figures.</summary>
    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Campaign = await campaignAppService.GetAsync(Id);
        if (IsRecurring)
        {
            var thisYear = VietnamCalendar.Today(clock).Year;
            Years = RunYears(Campaign, thisYear);
            Year = Year is { } asked && Years.Contains(asked) ? asked : null;
        }
        else
        {
            Year = null;
        }
        Summary = await summaryAppService.GetAsync(Id, new CampaignSummaryInput { Year = Year });
        Year = Summary.Year;
        // Closing a one-off campaign is what lets it be summarised; a run, its end.
        CanSummarise = !Summary.IsFinal && Campaign.FormerTenantName is null
                       && (IsRecurring ? Summary.EndDate < VietnamCalendar.Today(clock) : Campaign.Status == CampaignStatus.Closed)
                       && await IsGrantedAsync(CampaignsPermissions.Campaigns.Update);
    }
}
