using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns.Tasks;

/// <summary>Assigns a task with a due date to one of the campaign's participant units.</summary>
[Authorize(CampaignsPermissions.Tasks.Create)]
public sealed class CreateModel(ICampaignAppService campaignAppService, ITaskAssignmentAppService taskAppService, CampaignLookups lookups)
    : CampaignPartPageModel(campaignAppService, lookups)
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public CreateTaskAssignmentDto Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // ?year= only proposes the year
        Input.Year = Year;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.CampaignId = CampaignFromAddress();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var task = await taskAppService.CreateAsync(Input);
        SetNotice("Tasks:Created", task.Title, task.UnitName ?? "");
        return RedirectToPage("../Details", new { id = CampaignId, year = task.Year });
    }

    protected override Task LoadFormAsync() => LoadUnitsAsync(Input.UnitId);
}
