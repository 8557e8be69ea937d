using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services.Tasks;
using Humanitarian.Campaigns.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns.Tasks;

/// <summary>
/// Corrects a task's title, description or due date (the unit and the year's run stay), or deletes a
/// task nothing was reported on.
/// </summary>
[Authorize(CampaignsPermissions.Tasks.Update)]
public sealed class EditModel(ICampaignAppService campaignAppService, ITaskAssignmentAppService taskAppService, CampaignLookups lookups)
    : CampaignPartPageModel(campaignAppService, lookups)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateTaskAssignmentDto Input { get; set; } = new();

    public TaskAssignmentDto Assignment { get; private set; } = null!;
    public bool CanDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadTaskAsync();
        Input = Assignment.ToUpdateDto();
        await LoadAsync();
        // A predecessor's task is read on its own page, as its report is.
        return RedirectIfNotOwn(Campaign.TenantId, Id) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadTaskAsync();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var task = await taskAppService.UpdateAsync(Id, Input);
        SetNotice("Tasks:Updated", task.Title);
        return RedirectToPage("../Details", new { id = CampaignId, year = task.Year });
    }

    /// <summary>The service checks the Delete permission; the button shows only with it.</summary>
    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear(); // the delete form sends no input; a refusal (a report exists) shows the task as it is
        await LoadTaskAsync();
        Input = Assignment.ToUpdateDto();
        await taskAppService.DeleteAsync(Id);
        SetNotice("Tasks:Deleted", Assignment.Title);
        return RedirectToPage("../Details", new { id = CampaignId, year = Assignment.Year });
    }

    protected override async Task LoadFormAsync() => CanDelete = await IsGrantedAsync(CampaignsPermissions.Tasks.Delete);

    private async Task LoadTaskAsync()
    {
        Assignment = await taskAppService.GetAsync(Id);
        CampaignId = Assignment.CampaignId;
    }
}
