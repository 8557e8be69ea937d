using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Targets;

/// <summary>
/// "100% of districts hold a conference": the share of the campaign's participant units with at least one
/// activity of the kind in the period. A unit that held nothing counts against it; a campaign addressed
/// to no unit has nothing to measure.
/// </summary>
public sealed class ActivityMetricProvider(IRepository<CampaignActivity, Guid> activities) : ICampaignMetricProvider, ITransientDependency
{
    public bool CanMeasure(TargetMetric metric) => metric == TargetMetric.UnitsWithActivityPercent;

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default) =>
        await HeldByAsync(query, cancellationToken) is { } held
            ? Math.Round(100m * held.Count / query.ParticipantUnitIds.Count, 1)
            : null;

    /// <summary>A unit's share of itself: 100 when it held such an activity, 0 when not.</summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default) =>
        await HeldByAsync(query, cancellationToken) is { } held
            ? query.ParticipantUnitIds.Distinct().ToDictionary(u => u, u => held.Contains(u) ? 100m : 0m)
            : null;

    /// <returns>The participant units that held an activity of the kind in the period; null when there is nothing to measure.</returns>
    private async Task<HashSet<Guid>?> HeldByAsync(CampaignMetricQuery query, CancellationToken cancellationToken)
    {
        if (query.ParticipantUnitIds.Count == 0 || query.ActivityKind is not { } kind)
        {
            return null;
        }
        var participants = query.ParticipantUnitIds;
        var held = await (await activities.GetQueryableAsync()).AsNoTracking()
            .Where(a => a.CampaignId == query.CampaignId && a.Kind == kind && a.Date >= query.From && a.Date <= query.To
                        && participants.Contains(a.UnitId))
            .Select(a => a.UnitId).Distinct().ToListAsync(cancellationToken);
        return held.ToHashSet();
    }
}
