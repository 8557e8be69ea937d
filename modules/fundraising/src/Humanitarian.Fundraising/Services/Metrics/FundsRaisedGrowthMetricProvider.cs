using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Fundraising.Services.Metrics;

/// <summary>
/// "Funds raised grow 20 % over the previous year": what was given (not cancelled) in the target's period
/// against the same days a year before, in %. The tenant's figure counts each donation once; a unit's
/// counts the donations credited to it as their mobiliser, wherever the money went. Without anything the
/// year before there is no growth to speak of: no figure, rather than a made-up one.
/// </summary>
public sealed class FundsRaisedGrowthMetricProvider(FundsRaisedByCreditedUnit raised) : ICampaignMetricProvider, ITransientDependency
{
    public bool CanMeasure(TargetMetric metric) => metric == TargetMetric.FundsRaisedGrowthPercent;

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var groups = await raised.GetAsync(query.From, query.To, cancellationToken);
        var (current, previous) = (groups.Sum(g => g.Current), groups.Sum(g => g.Previous));
        return previous == 0 ? null : Growth(current, previous);
    }

    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var units = query.ParticipantUnitIds.ToHashSet();
        var groups = await raised.GetAsync(query.From, query.To, cancellationToken);
        // A unit that raised nothing the year before has no base to grow from: left out, it shows no figure.
        return groups.Where(g => g.UnitId is { } unit && units.Contains(unit) && g.Previous != 0)
            .ToDictionary(g => g.UnitId!.Value, g => Growth(g.Current, g.Previous));
    }

    private static decimal Growth(long current, long previous) => Math.Round((current - previous) * 100m / previous, 1, MidpointRounding.AwayFromZero);
}
