using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services.Activities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Campaigns.Pages.Campaigns.Activities;

/// <summary>Corrects what a unit recorded of an activity (the unit, day and figures may change, the campaign stays), or deletes it.</summary>
[Authorize(CampaignsPermissions.Activities.Update)]
public sealed class EditModel(ICampaignAppService campaignAppService, ICampaignActivityAppService activityAppService, CampaignLookups lookups)
    : CampaignPartPageModel(campaignAppService, lookups)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateCampaignActivityDto Input { get; set; } = new();

    public CampaignActivityDto Activity { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public bool CanDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadActivityAsync();
        Input = Activity.ToUpdateDto();
        await LoadAsync();
        return RedirectIfInherited() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadActivityAsync();
        Input.CampaignId = CampaignFromAddress();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var activity = await activityAppService.UpdateAsync(Id, Input);
        SetNotice("Activities:Updated", activity.Title);
        return RedirectToPage("../Details", new { id = CampaignId });
    }

    /// <summary>The service checks the Delete permission; the button shows only with it.</summary>
    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear(); // the delete form sends no input; a refusal shows the activity as it is
        await LoadActivityAsync();
        Input = Activity.ToUpdateDto();
        await activityAppService.DeleteAsync(Id);
        SetNotice("Activities:Deleted", Activity.Title);
        return RedirectToPage("../Details", new { id = CampaignId });
    }

    protected override async Task LoadFormAsync()
    {
        Kinds = EnumItems(KindName, Input.Kind);
        CanDelete = await IsGrantedAsync(CampaignsPermissions.Activities.Delete);
        await LoadUnitsAsync(Input.UnitId);
    }

    private async Task LoadActivityAsync()
    {
        Activity = await activityAppService.GetAsync(Id);
        CampaignId = Activity.CampaignId;
    }
}
