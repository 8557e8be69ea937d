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

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var year = query.Year;
        // Summed here: SQLite cannot sum decimals, and a target has one figure per unit at most.
        var reported = await (await tasks.GetQueryableAsync()).AsNoTracking()
            .Where(t => t.CampaignId == query.CampaignId && (year == null || t.Year == null || t.Year == year))
            .Where(TaskAssignment.IsReported)
            .SelectMany(t => t.Figures).Where(f => f.TargetId == query.TargetId).Select(f => f.Value)
            .ToListAsync(cancellationToken);
        // No figure yet: nothing reported, which is a measurement of zero, not "unmeasurable".
        return reported.Sum();
    }
}
