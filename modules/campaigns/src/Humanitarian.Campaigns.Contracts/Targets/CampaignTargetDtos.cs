using System.ComponentModel.DataAnnotations;
using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Framework.Application;

namespace Humanitarian.Campaigns.Targets;

public sealed class CampaignTargetDto : AuditedEntityDto<Guid>
{
    public Guid CampaignId { get; set; }
    public string Name { get; set; } = "";
    public TargetMetric Metric { get; set; }
    public decimal Goal { get; set; }
    public CampaignActivityKind? ActivityKind { get; set; }

    /// <summary>The occurrence (recurring campaign) or calendar year measured; null for the whole period.</summary>
    public int? Year { get; set; }

    /// <summary>Measured now; null while no module measures the metric ("not measurable yet") — never a guess.</summary>
    public decimal? Actual { get; set; }

    public bool? IsMet { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

public class CreateCampaignTargetDto
{
    [Required]
    public Guid? CampaignId { get; set; }

    [Required, StringLength(CampaignConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, EnumDataType(typeof(TargetMetric))]
    public TargetMetric? Metric { get; set; }

    /// <summary>In the metric's unit: 100 (%), 20 (% growth), 3 (addresses each), 500 (blood units).</summary>
    [Required, Range(0, 1_000_000_000_000)]
    public decimal? Goal { get; set; }

    /// <summary>Required for <see cref="TargetMetric.UnitsWithActivityPercent"/>.</summary>
    [EnumDataType(typeof(CampaignActivityKind))]
    public CampaignActivityKind? ActivityKind { get; set; }

    [Range(1900, 2199)]
    public int? Year { get; set; }
}

public sealed class UpdateCampaignTargetDto
{
    [Required, StringLength(CampaignConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, Range(0, 1_000_000_000_000)]
    public decimal? Goal { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CampaignTargetListInput : PagedAndSortedResultRequestDto
{
    public Guid? CampaignId { get; set; }
}
