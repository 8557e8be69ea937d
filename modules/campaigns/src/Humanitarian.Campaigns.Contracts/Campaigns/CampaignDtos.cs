using System.ComponentModel.DataAnnotations;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Campaigns.Campaigns;

public sealed class CampaignDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public string Name { get; set; } = "";
    public CampaignKind Kind { get; set; }
    public CampaignStatus Status { get; set; }
    public CampaignRecurrence Recurrence { get; set; }

    /// <summary>The (first) period; a recurring campaign repeats it every year (see occurrence).</summary>
    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>The theme of the first year; each occurrence may have its own.</summary>
    public string? Theme { get; set; }

    /// <summary>Mục đích, yêu cầu.</summary>
    public string? Purposes { get; set; }

    /// <summary>The steering committee (Organization).</summary>
    public Guid? CommitteeId { get; set; }

    public IReadOnlyList<Guid> LegalBasisDocumentIds { get; set; } = [];
    public IReadOnlyList<Guid> ParticipantUnitIds { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = "";
    public Guid? TenantId { get; set; }

    /// <summary>For a closed predecessor's campaign (read-only), its former name, e.g. "Ninh Thuận (cũ)".</summary>
    public string? FormerTenantName { get; set; }
}

public class CreateCampaignDto
{
    [Required, StringLength(CampaignConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, EnumDataType(typeof(CampaignKind))]
    public CampaignKind? Kind { get; set; }

    [Required]
    public DateOnly? StartDate { get; set; }

    [Required]
    public DateOnly? EndDate { get; set; }

    /// <summary>Active unless told.</summary>
    [EnumDataType(typeof(CampaignStatus))]
    public CampaignStatus? Status { get; set; }

    [EnumDataType(typeof(CampaignRecurrence))]
    public CampaignRecurrence Recurrence { get; set; } = CampaignRecurrence.None;

    [StringLength(CampaignConsts.MaxThemeLength)]
    public string? Theme { get; set; }

    [StringLength(CampaignConsts.MaxTextLength)]
    public string? Purposes { get; set; }

    public Guid? CommitteeId { get; set; }

    [MaxLength(CampaignConsts.MaxLegalBasis)]
    public List<Guid> LegalBasisDocumentIds { get; set; } = [];

    [MaxLength(CampaignConsts.MaxParticipants)]
    public List<Guid> ParticipantUnitIds { get; set; } = [];
}

public sealed class UpdateCampaignDto : CreateCampaignDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CampaignListInput : PagedAndSortedFilterRequestDto
{
    [EnumDataType(typeof(CampaignKind))]
    public CampaignKind? Kind { get; set; }

    [EnumDataType(typeof(CampaignStatus))]
    public CampaignStatus? Status { get; set; }

    /// <summary>Campaigns running some day of that calendar year (a recurring one runs every year from its first).</summary>
    [Range(1900, 2199)]
    public int? Year { get; set; }
}

/// <summary>One year's run of a campaign.</summary>
public sealed class CampaignOccurrenceDto
{
    public int Year { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string? Theme { get; set; }
}

public sealed class CampaignOccurrenceInput
{
    [Required, Range(1900, 2199)]
    public int? Year { get; set; }
}

public sealed class SetCampaignThemeDto
{
    [Required, Range(1900, 2199)]
    public int? Year { get; set; }

    [StringLength(CampaignConsts.MaxThemeLength)]
    public string? Theme { get; set; }
}

public sealed class CampaignProgressInput
{
    [Range(1900, 2199)]
    public int? Year { get; set; }
}

public sealed class CampaignProgressDto
{
    public IReadOnlyList<CampaignTargetProgressDto> Targets { get; set; } = [];
    public TaskProgressDto Tasks { get; set; } = new();
}

public sealed class CampaignTargetProgressDto
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public TargetMetric Metric { get; set; }
    public decimal Goal { get; set; }
    public decimal? Actual { get; set; }
    public bool? IsMet { get; set; }
}

/// <summary>The reporting rate: tasks expected, submitted (or accepted), submitted on time, overdue today.</summary>
public sealed class TaskProgressDto
{
    public int Total { get; set; }
    public int Submitted { get; set; }
    public int OnTime { get; set; }
    public int Overdue { get; set; }
}

public sealed class ReportingRateInput
{
    /// <summary>Tasks of that year: a recurring campaign's run of the year, a one-off campaign's tasks due in it.</summary>
    [Required, Range(1900, 2199)]
    public int? Year { get; set; }

    [EnumDataType(typeof(CampaignKind))]
    public CampaignKind? Kind { get; set; }
}

/// <summary>A child tenant's reporting rate over its whole subtree: counts only, never its rows.</summary>
public sealed class ChildReportingRateDto
{
    public Guid TenantId { get; set; }
    public string TenantName { get; set; } = "";
    public TaskProgressDto Tasks { get; set; } = new();
}
