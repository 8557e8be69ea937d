using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Campaigns.Pages.Campaigns.Activities;

/// <summary>Records what a participant unit did for the campaign (a conference, a blood drive...).</summary>
[Authorize(CampaignsPermissions.Activities.Create)]
public sealed class CreateModel(ICampaignAppService campaignAppService, ICampaignActivityAppService activityAppService, CampaignLookups lookups)
    : CampaignPartPageModel(campaignAppService, lookups)
{
    [BindProperty]
    public CreateCampaignActivityDto Input { get; set; } = new();

    public List<SelectListItem> Kinds { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Input.CampaignId = CampaignFromAddress();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var activity = await activityAppService.CreateAsync(Input);
        SetNotice("Activities:Created", activity.Title);
        return RedirectToPage("../Details", new { id = CampaignId });
    }

    protected override Task LoadFormAsync()
    {
        Kinds = EnumItems(KindName, Input.Kind);
        return LoadUnitsAsync(Input.UnitId);
    }
}
