using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Metrics;

/// <summary>
/// "Funds raised grow 20 % over the previous year": what was given (not cancelled) in the target's period
/// against the same days a year before, in %. The tenant's figure counts each donation once; a unit's
/// counts the donations credited to it as their mobiliser, wherever the money went. Without anything the
/// year before there is no growth to speak of: no figure, rather than a made-up one.
/// </summary>
public sealed class FundsRaisedGrowthMetricProvider(IRepository<Donation, Guid> donations) : ICampaignMetricProvider, ITransientDependency
{
    public bool CanMeasure(TargetMetric metric) => metric == TargetMetric.FundsRaisedGrowthPercent;

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var current = await (await RaisedAsync(query.From, query.To)).SumAsync(d => d.Amount, cancellationToken);
        var previous = await (await RaisedAsync(query.From.AddYears(-1), query.To.AddYears(-1))).SumAsync(d => d.Amount, cancellationToken);
        return previous == 0 ? null : Growth(current, previous);
    }

    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var units = query.ParticipantUnitIds.Distinct().ToList();
        var current = await PerUnitAsync(units, query.From, query.To, cancellationToken);
        var previous = await PerUnitAsync(units, query.From.AddYears(-1), query.To.AddYears(-1), cancellationToken);
        // A unit that raised nothing the year before has no base to grow from: left out, it shows no figure.
        return previous.ToDictionary(p => p.Key, p => Growth(current.GetValueOrDefault(p.Key), p.Value));
    }

    private static decimal Growth(long current, long previous) => Math.Round((current - previous) * 100m / previous, 1, MidpointRounding.AwayFromZero);

    private async Task<Dictionary<Guid, long>> PerUnitAsync(List<Guid> units, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await (await RaisedAsync(from, to)).Where(d => d.CreditedUnitId != null && units.Contains(d.CreditedUnitId.Value))
            .GroupBy(d => d.CreditedUnitId!.Value).Select(g => new { g.Key, Total = g.Sum(d => d.Amount) })
            .ToDictionaryAsync(g => g.Key, g => g.Total, cancellationToken);

    private async Task<IQueryable<Donation>> RaisedAsync(DateOnly from, DateOnly to) =>
        (await donations.GetQueryableAsync()).AsNoTracking().Where(d => !d.IsCancelled && d.Date >= from && d.Date <= to);
}
