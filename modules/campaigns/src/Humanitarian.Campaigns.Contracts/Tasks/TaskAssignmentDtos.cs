using System.ComponentModel.DataAnnotations;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Tasks;

/// <summary>Open → Submitted → Accepted, or Returned to the unit (open again for it) with a comment.</summary>
public enum TaskAssignmentStatus
{
    Open,
    Submitted,
    Accepted,
    Returned,
}

public sealed class TaskAssignmentDto : AuditedEntityDto<Guid>
{
    public Guid CampaignId { get; set; }
    public string? CampaignName { get; set; }

    /// <summary>The occurrence of a recurring campaign the task belongs to; null for a one-off campaign.</summary>
    public int? Year { get; set; }

    public Guid UnitId { get; set; }
    public string? UnitName { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly DueDate { get; set; }
    public TaskAssignmentStatus Status { get; set; }

    /// <summary>Due date before today (Asia/Ho_Chi_Minh) and still Open or Returned.</summary>
    public bool IsOverdue { get; set; }

    /// <summary>When it was (last) submitted, UTC.</summary>
    public DateTime? SubmittedTime { get; set; }

    /// <summary>Submitted on or before the due date (Asia/Ho_Chi_Minh); null while not submitted.</summary>
    public bool? IsOnTime { get; set; }

    /// <summary>The unit's report: its text and its figures for the campaign's manual targets.</summary>
    public string? ReportNote { get; set; }

    public IReadOnlyList<TaskReportFigureDto> Figures { get; set; } = [];

    /// <summary>The report's files; each is downloaded at <c>/api/app/task-assignment/{id}/attachment/{attachmentId}</c>.</summary>
    public IReadOnlyList<FileAttachmentDto> Attachments { get; set; } = [];

    public string? ReviewComment { get; set; }
    public DateTime? ReviewedTime { get; set; }

    /// <summary>The report period has ended and the task was not reopened: no submission any more.</summary>
    public bool IsLocked { get; set; }

    public string ConcurrencyStamp { get; set; } = "";

    /// <summary>The owner: this tenant, or a closed predecessor whose record the heir reads.</summary>
    public Guid? TenantId { get; set; }
}

public sealed class TaskReportFigureDto
{
    [Required]
    public Guid? TargetId { get; set; }

    [Required, Range(0, 1_000_000_000_000)]
    public decimal? Value { get; set; }
}

public class CreateTaskAssignmentDto
{
    [Required]
    public Guid? CampaignId { get; set; }

    [Required]
    public Guid? UnitId { get; set; }

    [Required, StringLength(CampaignConsts.MaxNameLength)]
    public string Title { get; set; } = "";

    [StringLength(CampaignConsts.MaxTextLength)]
    public string? Description { get; set; }

    /// <summary>Inside the campaign's period (a recurring campaign's occurrence), or within the report days after it.</summary>
    [Required]
    public DateOnly? DueDate { get; set; }

    /// <summary>A recurring campaign's occurrence; by default the one the due date falls in.</summary>
    [Range(1900, 2199)]
    public int? Year { get; set; }
}

public sealed class UpdateTaskAssignmentDto
{
    [Required, StringLength(CampaignConsts.MaxNameLength)]
    public string Title { get; set; } = "";

    [StringLength(CampaignConsts.MaxTextLength)]
    public string? Description { get; set; }

    [Required]
    public DateOnly? DueDate { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class SubmitTaskAssignmentDto
{
    [StringLength(CampaignConsts.MaxTextLength)]
    public string? Note { get; set; }

    [MaxLength(100)]
    public List<TaskReportFigureDto> Figures { get; set; } = [];
}

public sealed class ReviewTaskAssignmentDto
{
    [StringLength(CampaignConsts.MaxTextLength)]
    public string? Comment { get; set; }
}

public sealed class TaskAssignmentListInput : PagedAndSortedFilterRequestDto
{
    public Guid? CampaignId { get; set; }
    public Guid? UnitId { get; set; }

    [Range(1900, 2199)]
    public int? Year { get; set; }

    [EnumDataType(typeof(TaskAssignmentStatus))]
    public TaskAssignmentStatus? Status { get; set; }

    /// <summary>Only tasks overdue today.</summary>
    public bool? IsOverdue { get; set; }
}
