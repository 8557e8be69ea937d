using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Organization.Committees;

public sealed class CommitteeMemberDto : CreationAuditedEntityDto<Guid>
{
    public Guid CommitteeId { get; set; }
    public string FullName { get; set; } = "";
    public Guid? UserId { get; set; }
    public Guid? UnitId { get; set; }
    public CommitteePosition Position { get; set; }
    public string? Title { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }

    /// <summary>The term includes today (Asia/Ho_Chi_Minh).</summary>
    public bool IsCurrent { get; set; }
}

/// <summary>The person in a seat: who they are, where they work, their title.</summary>
public abstract class CommitteeMemberDetailsDto
{
    [Required, StringLength(CommitteeConsts.MaxMemberFullNameLength)]
    public string FullName { get; set; } = "";

    /// <summary>The member's user account: they hold the position's role while the term runs.</summary>
    public Guid? UserId { get; set; }

    public Guid? UnitId { get; set; }

    /// <summary>The member's own title, e.g. "Phó Chủ tịch UBND tỉnh".</summary>
    [StringLength(CommitteeConsts.MaxMemberTitleLength)]
    public string? Title { get; set; }
}

public sealed class CreateCommitteeMemberDto : CommitteeMemberDetailsDto
{
    [Required, EnumDataType(typeof(CommitteePosition))]
    public CommitteePosition? Position { get; set; }

    [Required]
    public DateOnly? TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }
}

/// <summary>Corrects a member's details; position and term change only by ending or replacing (history is kept).</summary>
public sealed class UpdateCommitteeMemberDto : CommitteeMemberDetailsDto;

public sealed class EndCommitteeMemberTermInput
{
    [Required]
    public Guid? MemberId { get; set; }

    /// <summary>The last day of the term; today (Asia/Ho_Chi_Minh) when not given.</summary>
    public DateOnly? TermEnd { get; set; }
}

/// <summary>Ends a member's term the day before the successor's starts, and seats the successor.</summary>
public sealed class ReplaceCommitteeMemberInput : CommitteeMemberDetailsDto
{
    [Required]
    public Guid? MemberId { get; set; }

    /// <summary>The successor's position; the replaced member's when not given.</summary>
    [EnumDataType(typeof(CommitteePosition))]
    public CommitteePosition? Position { get; set; }

    [Required]
    public DateOnly? TermStart { get; set; }
}

public sealed class CommitteeMemberListInput
{
    /// <summary>Also the members whose term has ended (the committee's history).</summary>
    public bool IncludeEnded { get; set; }
}
