using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Services.Tasks;

// The report's files: the unit that reports adds and removes them, as it writes its report.
public sealed partial class TaskAssignmentAppService
{
    /// <summary>Multipart upload, form field <c>file</c>: PDF, DOCX or XLSX up to <c>Campaigns:MaxAttachmentBytes</c>.</summary>
    [Authorize(CampaignsPermissions.Tasks.Submit)]
    public async Task<FileAttachmentDto> AddAttachmentAsync(Guid id, IRemoteStreamContent? file)
    {
        var (task, lockDate) = await GetReportInWritingAsync(id);
        var upload = await uploads.ReadAsync(file, options.Value.MaxAttachmentBytes);
        var attachment = task.AddAttachment(upload, VietnamCalendar.Today(clock), lockDate);
        await attachmentContents.InsertAsync(new TaskReportAttachmentContent(attachment.Id, upload.Content));
        await tasks.UpdateAsync(task, autoSave: true);
        return attachment.ToDto<FileAttachmentDto>();
    }

    [HttpGet("api/app/task-assignment/{id}/attachment/{attachmentId}")]
    public async Task<IRemoteStreamContent> GetAttachmentAsync(Guid id, [FromRoute] Guid attachmentId)
    {
        var attachment = (await GetVisibleAsync(id, tracking: false)).GetAttachment(attachmentId);
        return attachment.Download(await attachmentContents.GetAsync(attachment.Id));
    }

    /// <summary>The bytes go with the attachment row (cascading key).</summary>
    [HttpDelete("api/app/task-assignment/{id}/attachment/{attachmentId}")]
    [Authorize(CampaignsPermissions.Tasks.Submit)]
    public async Task DeleteAttachmentAsync(Guid id, [FromRoute] Guid attachmentId)
    {
        var (task, lockDate) = await GetReportInWritingAsync(id);
        task.RemoveAttachment(attachmentId, VietnamCalendar.Today(clock), lockDate);
        await tasks.UpdateAsync(task);
    }

    /// <summary>As for submitting: a task of the caller's units, its campaign running; the entity says whether the report is open.</summary>
    private async Task<(TaskAssignment Task, DateOnly LockDate)> GetReportInWritingAsync(Guid id)
    {
        var task = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(task);
        await manager.EnsureInScopeAsync(task.UnitId);
        var campaign = await GetCampaignAsync(task.CampaignId);
        campaign.CheckOpen();
        return (task, await manager.GetLockDateAsync(campaign, task.Year));
    }
}
