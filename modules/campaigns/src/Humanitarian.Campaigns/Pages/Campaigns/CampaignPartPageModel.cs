using Humanitarian.Campaigns.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>
/// Base of the small pages that add (<c>?campaignId=</c>) or edit a target, a task or an activity of one campaign:
/// the campaign for the breadcrumb and the back link, and, for a task or an activity, its participant units.
/// </summary>
public abstract class CampaignPartPageModel(ICampaignAppService campaignAppService, CampaignLookups lookups) : CampaignsPageModel
{
    [BindProperty(SupportsGet = true, Name = "campaignId")]
    public Guid CampaignId { get; set; }

    public CampaignDto Campaign { get; private set; } = null!;

    /// <summary>The participant units the user sees (a unit officer: those of their scope).</summary>
    public List<SelectListItem> Units { get; private set; } = [];

    protected override Task OnInputRejectedAsync() => LoadAsync();

    /// <summary>The page's own select lists, once <see cref="Campaign"/> is read.</summary>
    protected abstract Task LoadFormAsync();

    protected async Task LoadAsync()
    {
        Campaign = await campaignAppService.GetAsync(CampaignId);
        await LoadFormAsync();
    }

    /// <summary>
    /// The campaign of the input, from the address rather than a form field: model binding's "required"
    /// on the input's CampaignId, checked before the handler set it, is dropped.
    /// </summary>
    protected Guid? CampaignFromAddress()
    {
        ModelState.Remove(InputPrefix + ".CampaignId");
        return CampaignId;
    }

    /// <summary>
    /// A part of a predecessor's campaign (read-only) opens on the campaign's page with a notice instead of
    /// a form whose saving would be refused; null for the tenant's own. Needs <see cref="Campaign"/>.
    /// </summary>
    protected IActionResult? RedirectIfInherited() => RedirectIfNotOwn(Campaign.TenantId, CampaignId, "../Details");

    protected async Task LoadUnitsAsync(Guid? selected)
    {
        var participants = Campaign.ParticipantUnitIds.ToHashSet();
        Units = (await lookups.GetAllUnitsAsync())
            .Where(u => participants.Contains(u.Id))
            .Select(u => new SelectListItem(u.Name + " (" + u.Code + ")", u.Id.ToString(), u.Id == selected))
            .ToList();
    }
}
