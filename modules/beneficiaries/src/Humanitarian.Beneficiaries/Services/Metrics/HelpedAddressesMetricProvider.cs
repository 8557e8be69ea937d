using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Metrics;

/// <summary>
/// "100% of humanitarian addresses are helped": of the addresses surveyed by the end of the period, the
/// share that received a delivery in it. An address that graduated, died or moved away no longer waits
/// for help, so it counts only when it was helped in the period; one surveyed without a date counts as
/// surveyed. A unit's part is the addresses it surveyed.
/// </summary>
public sealed class HelpedAddressesMetricProvider(
    IRepository<HumanitarianAddress, Guid> addresses, IRepository<SupportDelivery, Guid> deliveries)
    : ICampaignMetricProvider, ITransientDependency
{
    public bool CanMeasure(TargetMetric metric) => metric == TargetMetric.AddressesHelpedPercent;

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var counts = await CountByUnitAsync(query, cancellationToken);
        var surveyed = counts.Sum(c => c.Surveyed);
        return surveyed == 0 ? null : Percent(counts.Sum(c => c.Helped), surveyed);
    }

    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var counts = (await CountByUnitAsync(query, cancellationToken)).Where(c => c.UnitId != null).ToDictionary(c => c.UnitId!.Value);
        return query.ParticipantUnitIds.Distinct().ToDictionary(u => u,
            u => counts.TryGetValue(u, out var c) && c.Surveyed > 0 ? Percent(c.Helped, c.Surveyed) : 0m);
    }

    private static decimal Percent(int part, int whole) => Math.Round(100m * part / whole, 1);

    private async Task<List<UnitCounts>> CountByUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = (query.From, query.To);
        var helped = (await deliveries.GetQueryableAsync()).Where(d => d.Date >= from && d.Date <= to).Select(d => d.HumanitarianAddressId);
        var counted = (await addresses.GetQueryableAsync()).AsNoTracking()
            .Where(a => a.SurveyDate == null || a.SurveyDate <= to)
            .Select(a => new { a.SurveyingUnitId, a.Status, Helped = helped.Contains(a.Id) })
            .Where(a => a.Helped || HumanitarianAddress.OpenStatuses.Contains(a.Status));
        return await counted.GroupBy(a => a.SurveyingUnitId)
            .Select(g => new UnitCounts(g.Key, g.Count(), g.Count(a => a.Helped)))
            .ToListAsync(cancellationToken);
    }

    private sealed record UnitCounts(Guid? UnitId, int Surveyed, int Helped);
}
