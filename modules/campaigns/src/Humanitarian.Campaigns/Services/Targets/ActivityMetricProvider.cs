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

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        if (query.ParticipantUnitIds.Count == 0 || query.ActivityKind is not { } kind)
        {
            return null;
        }
        var participants = query.ParticipantUnitIds;
        var held = await (await activities.GetQueryableAsync()).AsNoTracking()
            .Where(a => a.CampaignId == query.CampaignId && a.Kind == kind && a.Date >= query.From && a.Date <= query.To
                        && participants.Contains(a.UnitId))
            .Select(a => a.UnitId).Distinct().CountAsync(cancellationToken);
        return Math.Round(100m * held / participants.Count, 1);
    }
}
