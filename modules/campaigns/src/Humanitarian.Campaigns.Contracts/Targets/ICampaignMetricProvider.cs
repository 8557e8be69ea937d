using Humanitarian.Campaigns.Activities;

namespace Humanitarian.Campaigns.Targets;

/// <summary>
/// Measures targets from the data a module owns: Beneficiaries (addresses sponsored and helped,
/// facilities) and Fundraising (funds raised) implement it; Campaigns measures activities and manual
/// figures through the same contract. A metric no provider measures reads "not measurable yet" (null).
/// </summary>
public interface ICampaignMetricProvider
{
    bool CanMeasure(TargetMetric metric);

    /// <returns>The actual value in the goal's unit (a percentage, a count), or null when there is nothing to measure it on.</returns>
    Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default);

    /// <summary>Each participant unit's own part, for the summary (a unit's activities, its reported figure).</summary>
    /// <returns>
    /// A value per participant unit (0 when it has nothing; a unit it cannot measure, such as a growth without a
    /// base year, left out), or null when the metric has no per-unit measure.
    /// </returns>
    Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default);
}

/// <summary>What a target is measured over, in the current tenant.</summary>
/// <param name="From">First day of the period (the campaign's, or the year's occurrence), Asia/Ho_Chi_Minh calendar.</param>
/// <param name="To">Last day of the period, included.</param>
public sealed record CampaignMetricQuery(
    Guid CampaignId,
    Guid TargetId,
    TargetMetric Metric,
    CampaignActivityKind? ActivityKind,
    int? Year,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<Guid> ParticipantUnitIds,
    Guid? CommitteeId);
