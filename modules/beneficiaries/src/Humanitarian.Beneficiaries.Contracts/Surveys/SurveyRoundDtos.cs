using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Surveys;

/// <summary>Sorting: <c>year</c> (newest first by default), <c>deadline</c>, <c>title</c>.</summary>
public sealed class SurveyRoundListInput : PagedAndSortedResultRequestDto
{
    [Range(1900, 2199)]
    public int? Year { get; set; }
}

public sealed class CreateSurveyRoundDto
{
    [Required]
    public Guid? CampaignId { get; set; }

    [Range(2000, 2199)]
    public int Year { get; set; }

    [StringLength(SurveyRoundConsts.MaxTitleLength)]
    public string? Title { get; set; }

    /// <summary>By the end of February of the year (source 001); that day when left out.</summary>
    public DateOnly? Deadline { get; set; }

    /// <summary>The units asked to survey: each gets a task of the campaign.</summary>
    [Required, MinLength(1), MaxLength(SurveyRoundConsts.MaxUnits)]
    public List<Guid> UnitIds { get; set; } = [];
}

public sealed class SurveyRoundDto : AuditedEntityDto<Guid>
{
    public Guid CampaignId { get; set; }
    public string? CampaignName { get; set; }
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public int UnitCount { get; set; }

    public int SubmittedCount { get; set; }
    public int OverdueCount { get; set; }
    public long AddressesSurveyed { get; set; }

    /// <summary>Filled when one round is read, not in the list.</summary>
    public List<SurveyRoundUnitDto> Units { get; set; } = [];
}

public sealed class SurveyRoundUnitDto
{
    public Guid UnitId { get; set; }
    public string UnitName { get; set; } = "";
    public Guid TaskAssignmentId { get; set; }

    /// <summary>The task's status (<c>Open</c>, <c>Submitted</c>, <c>Accepted</c>, <c>Returned</c>); null when it was deleted in Campaigns.</summary>
    public string? TaskStatus { get; set; }

    /// <summary>Submitted or accepted.</summary>
    public bool HasSubmitted { get; set; }

    public DateTime? SubmittedTime { get; set; }
    public bool IsOverdue { get; set; }

    /// <summary>Addresses the unit surveyed in the round's period.</summary>
    public long AddressesSurveyed { get; set; }
}

public static class SurveyRoundConsts
{
    public const int MaxTitleLength = 256;
    public const int MaxUnits = 500;
}
