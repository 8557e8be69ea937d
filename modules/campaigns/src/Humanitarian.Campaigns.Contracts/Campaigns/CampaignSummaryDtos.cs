using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Campaigns.Campaigns;

public sealed class CampaignSummaryInput
{
    /// <summary>The run of a recurring campaign; a one-off campaign is summarised as a whole (no year).</summary>
    [Range(1900, 2199)]
    public int? Year { get; set; }
}

/// <summary>
/// The summary (tổng kết) of a campaign or of one year's run: targets met or not in total and per unit,
/// and the reporting rate. Until it is summarised it is measured now (<see cref="IsFinal"/> false); the
/// summary made on closing is kept as it was then, which is what Awards reads.
/// </summary>
public sealed class CampaignSummaryDto
{
    public Guid CampaignId { get; set; }
    public string CampaignName { get; set; } = "";
    public int? Year { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string? Theme { get; set; }

    /// <summary>True once summarised: the figures are those of that moment.</summary>
    public bool IsFinal { get; set; }

    public DateTime? SummarisedTime { get; set; }

    public IReadOnlyList<CampaignTargetProgressDto> Targets { get; set; } = [];
    public TaskProgressDto Tasks { get; set; } = new();

    /// <summary>The participant units and every other unit with tasks or activities in the period, by name.</summary>
    public IReadOnlyList<UnitSummaryDto> Units { get; set; } = [];
}

public sealed class UnitSummaryDto
{
    public Guid UnitId { get; set; }
    public string UnitName { get; set; } = "";
    public bool IsParticipant { get; set; }
    public TaskProgressDto Tasks { get; set; } = new();
    public int Activities { get; set; }

    /// <summary>One entry per target of the summary, in the same order.</summary>
    public IReadOnlyList<UnitTargetResultDto> Targets { get; set; } = [];
}

/// <summary>A unit's own part of a target.</summary>
public sealed class UnitTargetResultDto
{
    public Guid TargetId { get; set; }

    /// <summary>The unit's value in the goal's unit; null when the target has no per-unit measure (yet).</summary>
    public decimal? Value { get; set; }

    /// <summary>Whether the unit met the goal, for targets every unit must meet (<see cref="Targets.TargetMetrics.IsGoalOfEachUnit"/>); else null.</summary>
    public bool? IsMet { get; set; }
}
