using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Activities;

// An activity's files are part of the activity: who may correct it may add and remove them.
public sealed partial class CampaignActivityAppService
{
    /// <summary>Multipart upload, form field <c>file</c>: PDF, DOCX or XLSX up to <c>Campaigns:MaxAttachmentBytes</c>.</summary>
    [Authorize(CampaignsPermissions.Activities.Update)]
    public async Task<FileAttachmentDto> AddAttachmentAsync(Guid id, IRemoteStreamContent? file)
    {
        var activity = await GetEditableAsync(id);
        var upload = await uploads.ReadAsync(file, options.Value.MaxAttachmentBytes);
        var attachment = activity.AddAttachment(upload);
        await attachmentContents.InsertAsync(new ActivityAttachmentContent(attachment.Id, upload.Content));
        await activities.UpdateAsync(activity, autoSave: true);
        return attachment.ToDto<FileAttachmentDto>();
    }

    [HttpGet("api/app/campaign-activity/{id}/attachment/{attachmentId}")]
    public async Task<IRemoteStreamContent> GetAttachmentAsync(Guid id, [FromRoute] Guid attachmentId)
    {
        var attachment = (await GetVisibleAsync(id, tracking: false)).GetAttachment(attachmentId);
        return attachment.Download(await attachmentContents.GetAsync(attachment.Id));
    }

    /// <summary>The bytes go with the attachment row (cascading key).</summary>
    [HttpDelete("api/app/campaign-activity/{id}/attachment/{attachmentId}")]
    [Authorize(CampaignsPermissions.Activities.Update)]
    public async Task DeleteAttachmentAsync(Guid id, [FromRoute] Guid attachmentId)
    {
        var activity = await GetEditableAsync(id);
        activity.RemoveAttachment(attachmentId);
        await activities.UpdateAsync(activity);
    }

    /// <summary>As for an update: the tenant's own activity of a unit in the caller's scope, its campaign running.</summary>
    private async Task<CampaignActivity> GetEditableAsync(Guid id)
    {
        var activity = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(activity);
        await manager.EnsureInScopeAsync(activity.UnitId);
        var campaign = await (await campaigns.GetQueryableAsync()).AsNoTracking().FirstAsync(c => c.Id == activity.CampaignId);
        campaign.CheckOpen();
        return activity;
    }
}
