using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>
/// A campaign at a glance: its period and theme (one year's run for a recurring campaign), its targets
/// as measured now, the reporting rate, the tasks by unit and the activities.
/// </summary>
[Authorize(CampaignsPermissions.Campaigns.Default)]
public sealed class DetailsModel(
    ICampaignAppService campaignAppService,
    ITaskAssignmentAppService taskAppService,
    ICampaignActivityAppService activityAppService,
    TimeProvider clock) : CampaignsPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The run shown of a recurring campaign; ignored for a one-off one.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public CampaignDto Campaign { get; private set; } = null!;
    public CampaignOccurrenceDto? Occurrence { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public CampaignProgressDto Progress { get; private set; } = new();
    public IReadOnlyList<TaskAssignmentDto> Tasks { get; private set; } = [];
    public IReadOnlyList<CampaignActivityDto> Activities { get; private set; } = [];
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanAddTask { get; private set; }
    public bool CanAddActivity { get; private set; }

    public bool IsRecurring => Campaign.Recurrence != CampaignRecurrence.None;

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?year= shows the current run, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var campaign = await campaignAppService.GetAsync(Id);
        await campaignAppService.DeleteAsync(Id);
        SetNotice("Campaigns:Deleted", campaign.Name);
        return RedirectToPage("Index");
    }

    /// <summary>A refused delete (the campaign has tasks) shows the message over the campaign.</summary>
    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Campaign = await campaignAppService.GetAsync(Id);
        if (IsRecurring)
        {
            var thisYear = VietnamCalendar.Today(clock).Year;
            var first = Campaign.StartDate.Year;
            Years = Enumerable.Range(first, Math.Max(thisYear + 1, first) - first + 1).ToList();
            Year = Year is { } asked && Years.Contains(asked) ? asked : Math.Clamp(thisYear, first, Years[^1]);
            Occurrence = await campaignAppService.GetOccurrenceAsync(Id, new CampaignOccurrenceInput { Year = Year });
        }
        else
        {
            Year = null;
        }
        Progress = await campaignAppService.GetProgressAsync(Id, new CampaignProgressInput { Year = Year });
        if (await IsGrantedAsync(CampaignsPermissions.Tasks.Default))
        {
            Tasks = (await taskAppService.GetListAsync(new TaskAssignmentListInput
            {
                CampaignId = Id, Year = Year, Sorting = "dueDate", MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount,
            })).Items;
        }
        if (await IsGrantedAsync(CampaignsPermissions.Activities.Default))
        {
            Activities = (await activityAppService.GetListAsync(new CampaignActivityListInput
            {
                CampaignId = Id, MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount,
            })).Items;
        }
        var own = Campaign.FormerTenantName is null;
        CanUpdate = own && await IsGrantedAsync(CampaignsPermissions.Campaigns.Update);
        CanDelete = own && await IsGrantedAsync(CampaignsPermissions.Campaigns.Delete);
        CanAddTask = own && await IsGrantedAsync(CampaignsPermissions.Tasks.Create);
        CanAddActivity = own && await IsGrantedAsync(CampaignsPermissions.Activities.Create);
    }

}
