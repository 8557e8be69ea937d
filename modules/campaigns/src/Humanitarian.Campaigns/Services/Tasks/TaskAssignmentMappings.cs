using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Services.Tasks;

internal static class TaskAssignmentMappings
{
    /// <param name="today">Today in Vietnam: overdue and locked are about calendar days there.</param>
    /// <param name="lockDate">The last day the task's run takes reports.</param>
    public static TaskAssignmentDto ToDto(this TaskAssignment task, string campaignName, string? unitName, DateOnly today, DateOnly lockDate) => new()
    {
        Id = task.Id,
        CampaignId = task.CampaignId,
        CampaignName = campaignName,
        Year = task.Year,
        UnitId = task.UnitId,
        UnitName = unitName,
        Title = task.Title,
        Description = task.Description,
        DueDate = task.DueDate,
        Status = task.Status,
        IsOverdue = task.IsOverdueOn(today),
        SubmittedTime = task.SubmittedTime,
        IsOnTime = task.IsOnTime,
        ReportNote = task.ReportNote,
        Figures = task.Figures.Select(f => new TaskReportFigureDto { TargetId = f.TargetId, Value = f.Value }).ToList(),
        Attachments = task.Attachments.OrderBy(a => a.CreationTime).Select(a => a.ToDto<FileAttachmentDto>()).ToList(),
        ReviewComment = task.ReviewComment,
        ReviewedTime = task.ReviewedTime,
        IsLocked = task.AwaitsReport && task.IsLockedOn(today, lockDate),
        ConcurrencyStamp = task.ConcurrencyStamp,
        TenantId = task.TenantId,
        CreationTime = task.CreationTime,
        CreatorId = task.CreatorId,
        LastModificationTime = task.LastModificationTime,
        LastModifierId = task.LastModifierId,
    };

    /// <summary>An edit form filled with the task as it is: the unit and the run stay.</summary>
    public static UpdateTaskAssignmentDto ToUpdateDto(this TaskAssignmentDto task) => new()
    {
        Title = task.Title,
        Description = task.Description,
        DueDate = task.DueDate,
        ConcurrencyStamp = task.ConcurrencyStamp,
    };
}
