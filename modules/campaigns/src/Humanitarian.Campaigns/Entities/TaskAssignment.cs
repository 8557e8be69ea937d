using System.Linq.Expressions;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Timing;

namespace Humanitarian.Campaigns.Entities;

/// <summary>
/// A task a unit must do for a campaign by a due date, and the unit's report on it. The unit submits;
/// the committee's side accepts it or returns it with a comment (open again for the unit). Once the
/// report period is over the report is locked, unless reopened for that unit.
/// </summary>
public sealed class TaskAssignment : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    private readonly List<TaskReportFigure> _figures = [];
    private readonly List<TaskReportAttachment> _attachments = [];

    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }

    /// <summary>The occurrence of a recurring campaign; null for a one-off campaign.</summary>
    public int? Year { get; private set; }

    public Guid UnitId { get; private set; }
    public string Title { get; private set; } = "";
    public string NormalizedTitle { get; private set; } = "";
    public string? Description { get; private set; }
    public DateOnly DueDate { get; private set; }
    public TaskAssignmentStatus Status { get; private set; } = TaskAssignmentStatus.Open;

    /// <summary>UTC; the day it falls on in Vietnam decides on time or late.</summary>
    public DateTime? SubmittedTime { get; private set; }

    /// <summary>The Vietnamese calendar day of <see cref="SubmittedTime"/>, kept so lists count on-time reports in SQL.</summary>
    public DateOnly? SubmittedDate { get; private set; }

    public string? ReportNote { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTime? ReviewedTime { get; private set; }
    public Guid? ReviewerId { get; private set; }

    /// <summary>Reopened after its lock by someone allowed to: the unit may submit again.</summary>
    public bool IsReopened { get; private set; }

    public IReadOnlyList<TaskReportFigure> Figures => _figures;
    public IReadOnlyList<TaskReportAttachment> Attachments => _attachments;

    private TaskAssignment() { }

    public TaskAssignment(Guid id, Guid campaignId, int? year, Guid unitId, string title, string? description, DateOnly dueDate) : base(id)
    {
        CampaignId = campaignId;
        Year = year;
        UnitId = unitId;
        Describe(title, description, dueDate);
    }

    public void Describe(string title, string? description, DateOnly dueDate)
    {
        Title = title.Trim();
        NormalizedTitle = SearchText.Normalize(Title);
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        DueDate = dueDate;
    }

    /// <summary>Open or returned: the unit still owes its report.</summary>
    public bool AwaitsReport => Status is TaskAssignmentStatus.Open or TaskAssignmentStatus.Returned;

    public bool IsOverdueOn(DateOnly today) => AwaitsReport && DueDate < today;

    public bool? IsOnTime => SubmittedDate is { } submitted ? submitted <= DueDate : null;

    // The same rules as queries, for counting in the database (reporting rates, lists).
    public static readonly Expression<Func<TaskAssignment, bool>> IsReported =
        t => t.Status == TaskAssignmentStatus.Submitted || t.Status == TaskAssignmentStatus.Accepted;

    public static readonly Expression<Func<TaskAssignment, bool>> IsReportedOnTime =
        t => (t.Status == TaskAssignmentStatus.Submitted || t.Status == TaskAssignmentStatus.Accepted) && t.SubmittedDate <= t.DueDate;

    /// <param name="overdue">False for the tasks that are not overdue.</param>
    public static Expression<Func<TaskAssignment, bool>> IsOverdueAt(DateOnly today, bool overdue = true) =>
        t => ((t.Status == TaskAssignmentStatus.Open || t.Status == TaskAssignmentStatus.Returned) && t.DueDate < today) == overdue;

    /// <summary>After <paramref name="lockDate"/> no report is taken unless the task was reopened.</summary>
    public bool IsLockedOn(DateOnly today, DateOnly lockDate) => !IsReopened && today > lockDate;

    /// <param name="lockDate">The last day reports are taken for the task's occurrence.</param>
    /// <exception cref="BusinessException">Not awaiting a report, or locked.</exception>
    public void Submit(string? note, IEnumerable<(Guid TargetId, decimal Value)> figures, DateTime utcNow, DateOnly lockDate)
    {
        var today = VietnamCalendar.DateOf(utcNow);
        CheckReportOpen(CampaignsErrorCodes.TaskNotOpen, today, lockDate);
        ReportNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        _figures.Clear();
        foreach (var (targetId, value) in figures)
        {
            _figures.Add(new TaskReportFigure(Guid.NewGuid(), Id, targetId, value));
        }
        Status = TaskAssignmentStatus.Submitted;
        SubmittedTime = utcNow;
        SubmittedDate = today;
        IsReopened = false;
    }

    /// <summary>Files go with the report the unit is writing: not once it is submitted, nor after the lock.</summary>
    /// <exception cref="BusinessException">Not awaiting a report, locked, or already <see cref="CampaignAttachmentRules.MaxPerRecord"/> files.</exception>
    public TaskReportAttachment AddAttachment(CheckedAttachment upload, DateOnly today, DateOnly lockDate)
    {
        CheckReportOpen(CampaignsErrorCodes.ReportNotEditable, today, lockDate);
        if (_attachments.Count >= CampaignAttachmentRules.MaxPerRecord)
        {
            throw new BusinessException(CampaignsErrorCodes.TooManyAttachments)
                .WithData("max", CampaignAttachmentRules.MaxPerRecord).WithMember("file");
        }
        var attachment = new TaskReportAttachment(Guid.NewGuid(), Id, upload);
        _attachments.Add(attachment);
        return attachment;
    }

    /// <exception cref="BusinessException">Not awaiting a report, or locked.</exception>
    public void RemoveAttachment(Guid attachmentId, DateOnly today, DateOnly lockDate)
    {
        var attachment = GetAttachment(attachmentId);
        CheckReportOpen(CampaignsErrorCodes.ReportNotEditable, today, lockDate);
        _attachments.Remove(attachment);
    }

    public TaskReportAttachment GetAttachment(Guid attachmentId) =>
        _attachments.FirstOrDefault(a => a.Id == attachmentId)
        ?? throw new EntityNotFoundException(typeof(TaskReportAttachment), attachmentId);

    public void Accept(string? comment, Guid? reviewerId, DateTime utcNow)
    {
        CheckSubmitted();
        Review(TaskAssignmentStatus.Accepted, comment, reviewerId, utcNow);
    }

    /// <summary>Back to the unit: it owes the report again and sees why.</summary>
    /// <exception cref="BusinessException">Not submitted, or no comment saying what to change.</exception>
    public void Return(string? comment, Guid? reviewerId, DateTime utcNow)
    {
        CheckSubmitted();
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new BusinessException(CampaignsErrorCodes.ReturnCommentRequired).WithMember("comment");
        }
        Review(TaskAssignmentStatus.Returned, comment, reviewerId, utcNow);
    }

    /// <exception cref="BusinessException">The unit has reported on it: the report is its record.</exception>
    public void CheckNeverReported()
    {
        if (SubmittedTime is not null)
        {
            throw new BusinessException(CampaignsErrorCodes.TaskHasReport);
        }
    }

    /// <exception cref="BusinessException">The report is not locked (nothing to reopen).</exception>
    public void Reopen(DateOnly today, DateOnly lockDate)
    {
        if (!AwaitsReport || !IsLockedOn(today, lockDate))
        {
            throw new BusinessException(CampaignsErrorCodes.TaskNotLocked);
        }
        IsReopened = true;
    }

    /// <param name="notAwaitingCode">The error when the unit no longer owes the report.</param>
    private void CheckReportOpen(string notAwaitingCode, DateOnly today, DateOnly lockDate)
    {
        if (!AwaitsReport)
        {
            throw new BusinessException(notAwaitingCode).WithData("status", Status);
        }
        if (IsLockedOn(today, lockDate))
        {
            throw new BusinessException(CampaignsErrorCodes.ReportLocked).WithData("lockDate", lockDate);
        }
    }

    private void CheckSubmitted()
    {
        if (Status != TaskAssignmentStatus.Submitted)
        {
            throw new BusinessException(CampaignsErrorCodes.TaskNotSubmitted).WithData("status", Status);
        }
    }

    private void Review(TaskAssignmentStatus status, string? comment, Guid? reviewerId, DateTime utcNow)
    {
        Status = status;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ReviewerId = reviewerId;
        ReviewedTime = utcNow;
    }
}

/// <summary>A figure a unit reports for one of the campaign's manual targets (blood units, people trained).</summary>
public sealed class TaskReportFigure : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid TaskAssignmentId { get; private set; }
    public Guid TargetId { get; private set; }
    public decimal Value { get; private set; }

    private TaskReportFigure() { }

    internal TaskReportFigure(Guid id, Guid taskAssignmentId, Guid targetId, decimal value) : base(id)
    {
        TaskAssignmentId = taskAssignmentId;
        TargetId = targetId;
        Value = value;
    }
}
