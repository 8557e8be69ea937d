using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>
/// A campaign at a glance: its period and theme (one year's run for a recurring campaign, whose theme is
/// set here), who steers and takes part and on what legal basis, its targets as measured now, the
/// reporting rate, the tasks by unit and the activities, with links to correct each.
/// </summary>
[Authorize(CampaignsPermissions.Campaigns.Default)]
public sealed class DetailsModel(
    ICampaignAppService campaignAppService,
    ITaskAssignmentAppService taskAppService,
    ICampaignActivityAppService activityAppService,
    IUnitLookup unitLookup,
    IDocumentLookup documentLookup,
    ICommitteeLookup committeeLookup,
    TimeProvider clock) : CampaignsPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The run shown of a recurring campaign; ignored for a one-off one.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>The theme form of the run shown (a recurring campaign).</summary>
    [BindProperty]
    public SetCampaignThemeDto Input { get; set; } = new();

    public CampaignDto Campaign { get; private set; } = null!;
    public CampaignOccurrenceDto? Occurrence { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public CampaignProgressDto Progress { get; private set; } = new();
    public IReadOnlyList<TaskAssignmentDto> Tasks { get; private set; } = [];
    public IReadOnlyList<CampaignActivityDto> Activities { get; private set; } = [];
    public string? CommitteeName { get; private set; }

    /// <summary>Captions of the documents cited, those the tenant may still read (Organization decides).</summary>
    public IReadOnlyList<string> LegalBasis { get; private set; } = [];

    public IReadOnlyList<string> ParticipantNames { get; private set; } = [];
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanAddTask { get; private set; }
    public bool CanSeeActivities { get; private set; }
    public bool CanAddActivity { get; private set; }
    public bool CanEditTasks { get; private set; }
    public bool CanEditActivities { get; private set; }

    public bool IsRecurring => Campaign.Recurrence != CampaignRecurrence.None;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?year= shows the current run, it is no form error
        await LoadAsync();
        Input = new SetCampaignThemeDto { Year = Year, Theme = Occurrence?.Theme };
    }

    /// <summary>The theme of the run shown: the year is the address's, as the page shows it.</summary>
    public async Task<IActionResult> OnPostThemeAsync()
    {
        ModelState.Remove(InputPrefix + "." + nameof(SetCampaignThemeDto.Year));
        Input.Year = Year;
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var occurrence = await campaignAppService.UpdateThemeAsync(Id, Input);
        SetNotice("Campaigns:ThemeUpdated", occurrence.Year);
        return RedirectToPage("Details", new { id = Id, year = occurrence.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear(); // the theme form's input is not this form's: its "required" year is no error here
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
            Years = RunYears(Campaign, thisYear + 1);
            Year = Year is { } asked && Years.Contains(asked) ? asked : Math.Clamp(thisYear, Years[0], Years[^1]);
            Occurrence = await campaignAppService.GetOccurrenceAsync(Id, new CampaignOccurrenceInput { Year = Year });
        }
        else
        {
            Year = null;
        }
        await LoadNamesAsync();
        Progress = await campaignAppService.GetProgressAsync(Id, new CampaignProgressInput { Year = Year });
        if (await IsGrantedAsync(CampaignsPermissions.Tasks.Default))
        {
            Tasks = (await taskAppService.GetListAsync(new TaskAssignmentListInput
            {
                CampaignId = Id, Year = Year, Sorting = "dueDate", MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount,
            })).Items;
        }
        CanSeeActivities = await IsGrantedAsync(CampaignsPermissions.Activities.Default);
        if (CanSeeActivities)
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
        CanEditTasks = own && await IsGrantedAsync(CampaignsPermissions.Tasks.Update);
        CanEditActivities = own && await IsGrantedAsync(CampaignsPermissions.Activities.Update);
    }

    /// <summary>
    /// Organization's names for the ids the campaign keeps, through its integration lookups: they need none
    /// of Organization's permissions, which a reader of campaigns may not have.
    /// </summary>
    private async Task LoadNamesAsync()
    {
        if (Campaign.CommitteeId is { } committeeId)
        {
            CommitteeName = (await committeeLookup.GetNamesAsync([committeeId])).GetValueOrDefault(committeeId);
        }
        var captions = await documentLookup.GetCaptionsAsync(Campaign.LegalBasisDocumentIds);
        LegalBasis = Campaign.LegalBasisDocumentIds.Where(captions.ContainsKey).Select(id => captions[id]).ToList();
        var units = await unitLookup.GetNamesAsync(Campaign.ParticipantUnitIds);
        ParticipantNames = units.Values.Order(StringComparer.CurrentCulture).ToList();
    }

}
