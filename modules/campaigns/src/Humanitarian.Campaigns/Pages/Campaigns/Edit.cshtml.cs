using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services.Campaigns;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>Edits a campaign; a predecessor's campaign opens read-only on its details page.</summary>
[Authorize(CampaignsPermissions.Campaigns.Update)]
public sealed class EditModel(ICampaignAppService campaignAppService, CampaignLookups lookups)
    : CampaignFormPageModel(lookups), ICampaignForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateCampaignDto Input { get; set; } = new();

    CreateCampaignDto ICampaignForm.Input => Input;

    protected override CreateCampaignDto Form => Input;

    public async Task<IActionResult> OnGetAsync()
    {
        var campaign = await campaignAppService.GetAsync(Id);
        if (RedirectIfNotOwn(campaign.TenantId, Id) is { } redirect)
        {
            return redirect;
        }
        Input = campaign.ToUpdateDto();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var campaign = await campaignAppService.UpdateAsync(Id, Input);
        SetNotice("Campaigns:Updated", campaign.Name);
        return RedirectToPage("Details", new { id = campaign.Id });
    }
}
