using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns;

[Authorize(CampaignsPermissions.Campaigns.Create)]
public sealed class CreateModel(ICampaignAppService campaignAppService, CampaignLookups lookups)
    : CampaignFormPageModel(lookups), ICampaignForm
{
    [BindProperty]
    public CreateCampaignDto Input { get; set; } = new();

    protected override CreateCampaignDto Form => Input;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var campaign = await campaignAppService.CreateAsync(Input);
        SetNotice("Campaigns:Created", campaign.Name);
        return RedirectToPage("Details", new { id = campaign.Id });
    }
}
