using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Targets;

/// <summary>
/// A manual target (blood units, people trained) is the sum of the figures units reported for it on
/// their submitted or accepted tasks of the year measured; a returned report does not count until it is
/// submitted again.
/// </summary>
public sealed class ManualMetricProvider(IRepository<TaskAssignment, Guid> tasks) : ICampaignMetricProvider, ITransientDependency
{
    public bool CanMeasure(TargetMetric metric) => metric == TargetMetric.Manual;

    // No figure yet: nothing reported, which is a measurement of zero, not "unmeasurable".
    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default) =>
        (await ReportedAsync(query, cancellationToken)).Sum(f => f.Value);

    /// <summary>What each participant unit reported; a unit that reported elsewhere than the plan's participants counts too.</summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var perUnit = query.ParticipantUnitIds.Distinct().ToDictionary(u => u, _ => 0m);
        foreach (var figure in await ReportedAsync(query, cancellationToken))
        {
            perUnit[figure.UnitId] = perUnit.GetValueOrDefault(figure.UnitId) + figure.Value;
        }
        return perUnit;
    }

    /// <summary>Summed by the caller: SQLite cannot sum decimals, and a target has one figure per task at most.</summary>
    private async Task<List<(Guid UnitId, decimal Value)>> ReportedAsync(CampaignMetricQuery query, CancellationToken cancellationToken)
    {
        var year = query.Year;
        var rows = await (await tasks.GetQueryableAsync()).AsNoTracking()
            .Where(t => t.CampaignId == query.CampaignId && (year == null || t.Year == null || t.Year == year))
            .Where(TaskAssignment.IsReported)
            .SelectMany(t => t.Figures, (t, f) => new { t.UnitId, f.TargetId, f.Value }).Where(f => f.TargetId == query.TargetId)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.UnitId, r.Value)).ToList();
    }
}
