using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Entities;

/// <summary>A file a unit attaches to its report on a task (minutes, a signed report, a sheet of figures).</summary>
public sealed class TaskReportAttachment : FileAttachment
{
    public Guid TaskAssignmentId { get; private set; }

    private TaskReportAttachment() { }

    internal TaskReportAttachment(Guid id, Guid taskAssignmentId, CheckedAttachment upload) : base(id, upload) =>
        TaskAssignmentId = taskAssignmentId;
}

public sealed class TaskReportAttachmentContent : FileAttachmentContent
{
    private TaskReportAttachmentContent() { }

    public TaskReportAttachmentContent(Guid attachmentId, byte[] content) : base(attachmentId, content) { }
}

/// <summary>A file recording an activity (the programme of a conference, a list of donors at a fair).</summary>
public sealed class ActivityAttachment : FileAttachment
{
    public Guid ActivityId { get; private set; }

    private ActivityAttachment() { }

    internal ActivityAttachment(Guid id, Guid activityId, CheckedAttachment upload) : base(id, upload) => ActivityId = activityId;
}

public sealed class ActivityAttachmentContent : FileAttachmentContent
{
    private ActivityAttachmentContent() { }

    public ActivityAttachmentContent(Guid attachmentId, byte[] content) : base(attachmentId, content) { }
}

/// <summary>How many files one report or activity takes: enough for its evidence, not a file store.</summary>
public static class CampaignAttachmentRules
{
    public const int MaxPerRecord = 20;
}
