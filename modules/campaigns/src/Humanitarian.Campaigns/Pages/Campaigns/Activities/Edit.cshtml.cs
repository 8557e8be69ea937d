using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services;
using Humanitarian.Campaigns.Services.Activities;
using Humanitarian.Framework.AspNetCore.Mvc.UI.Attachments;
using Humanitarian.Framework.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace Humanitarian.Campaigns.Pages.Campaigns.Activities;

/// <summary>Corrects what a unit recorded of an activity (the unit, day and figures may change, the campaign stays), or deletes it.</summary>
[Authorize(CampaignsPermissions.Activities.Update)]
public sealed class EditModel(
    ICampaignAppService campaignAppService, ICampaignActivityAppService activityAppService, CampaignLookups lookups,
    IOptions<CampaignsOptions> options)
    : CampaignPartPageModel(campaignAppService, lookups)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateCampaignActivityDto Input { get; set; } = new();

    public CampaignActivityDto Activity { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public bool CanDelete { get; private set; }

    /// <summary>Who may correct the activity may change its files (this page opens only the tenant's own).</summary>
    public AttachmentsCardModel AttachmentsCard => new()
    {
        RecordId = Activity.Id, Items = Activity.Attachments, CanChange = true, MaxBytes = options.Value.MaxAttachmentBytes,
    };

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

    /// <param name="file">The attachments card's input; this page's <c>Input</c> is the activity form.</param>
    public async Task<IActionResult> OnPostUploadAsync([FromForm(Name = "Input.File")] IRemoteStreamContent? file)
    {
        ModelState.Clear(); // the activity form is not part of this post; a refusal shows it as it is
        await LoadActivityAsync();
        Input = Activity.ToUpdateDto();
        var attachment = await activityAppService.AddAttachmentAsync(Id, file);
        SetNotice("Attachments:Added", attachment.FileName);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(Guid attachmentId)
    {
        ModelState.Clear();
        await LoadActivityAsync();
        Input = Activity.ToUpdateDto();
        await activityAppService.DeleteAttachmentAsync(Id, attachmentId);
        SetNotice("Attachments:Deleted", Activity.Attachments.FirstOrDefault(a => a.Id == attachmentId)?.FileName ?? "");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid attachmentId)
    {
        var attachment = await activityAppService.GetAttachmentAsync(Id, attachmentId);
        return File(attachment.GetStream(), attachment.ContentType, attachment.FileName);
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
