using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Targets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Campaigns.Pages.Campaigns.Targets;

/// <summary>Adds a target (chỉ tiêu) to a campaign; a recurring campaign's target measures one year's run.</summary>
[Authorize(CampaignsPermissions.Campaigns.Update)]
public sealed class CreateModel(ICampaignAppService campaignAppService, ICampaignTargetAppService targetAppService, CampaignLookups lookups)
    : CampaignPartPageModel(campaignAppService, lookups)
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public CreateCampaignTargetDto Input { get; set; } = new();

    public List<SelectListItem> Metrics { get; private set; } = [];
    public List<SelectListItem> ActivityKinds { get; private set; } = [];

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
        var target = await targetAppService.CreateAsync(Input);
        SetNotice("Targets:Created", target.Name);
        return RedirectToPage("../Details", new { id = CampaignId, year = target.Year });
    }

    protected override Task LoadFormAsync()
    {
        Metrics = EnumItems(MetricName, Input.Metric);
        ActivityKinds = EnumItems(KindName, Input.ActivityKind);
        return Task.CompletedTask;
    }
}
