using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services.Targets;
using Humanitarian.Campaigns.Targets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns.Targets;

/// <summary>
/// Corrects a target's name or goal, or deletes it. Its metric and year stay: measuring otherwise is
/// another target. The service asks the campaign's Update permission for both, as for adding one.
/// </summary>
[Authorize(CampaignsPermissions.Campaigns.Update)]
public sealed class EditModel(ICampaignAppService campaignAppService, ICampaignTargetAppService targetAppService, CampaignLookups lookups)
    : CampaignPartPageModel(campaignAppService, lookups)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateCampaignTargetDto Input { get; set; } = new();

    public CampaignTargetDto Target { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadTargetAsync();
        Input = Target.ToUpdateDto();
        await LoadAsync();
        return RedirectIfInherited() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadTargetAsync();
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var target = await targetAppService.UpdateAsync(Id, Input);
        SetNotice("Targets:Updated", target.Name);
        return RedirectToPage("../Details", new { id = CampaignId, year = target.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear(); // the delete form sends no input; a refusal shows the target as it is
        await LoadTargetAsync();
        Input = Target.ToUpdateDto();
        await targetAppService.DeleteAsync(Id);
        SetNotice("Targets:Deleted", Target.Name);
        return RedirectToPage("../Details", new { id = CampaignId, year = Target.Year });
    }

    protected override Task LoadFormAsync() => Task.CompletedTask;

    private async Task LoadTargetAsync()
    {
        Target = await targetAppService.GetAsync(Id);
        CampaignId = Target.CampaignId;
    }
}
