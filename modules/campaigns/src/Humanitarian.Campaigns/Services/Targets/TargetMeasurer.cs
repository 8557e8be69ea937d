using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Timing;

namespace Humanitarian.Campaigns.Services.Targets;

/// <summary>
/// Measures a campaign's targets through the modules' <see cref="ICampaignMetricProvider"/>s (Campaigns'
/// own for activities and manual figures). A metric no provider measures, or a year the campaign does
/// not run, reads null: "not measurable yet", never zero.
/// </summary>
public sealed class TargetMeasurer(IEnumerable<ICampaignMetricProvider> providers, TimeProvider clock) : ITransientDependency
{
    public async Task<decimal?> MeasureAsync(Campaign campaign, CampaignTarget target, CancellationToken cancellationToken = default)
    {
        var provider = providers.FirstOrDefault(p => p.CanMeasure(target.Metric));
        if (provider is null || PeriodOf(campaign, target.Year) is not { } period)
        {
            return null;
        }
        var query = new CampaignMetricQuery(campaign.Id, target.Id, target.Metric, target.ActivityKind, period.Year,
            period.From, period.To, campaign.Participants.Select(p => p.UnitId).ToList(), campaign.CommitteeId);
        return await provider.MeasureAsync(query, cancellationToken);
    }

    /// <summary>
    /// The days a target counts: the year's run of a recurring campaign (by default the latest begun), or
    /// a one-off campaign's period, cut to the calendar year when the target names one.
    /// </summary>
    /// <returns>Null when the campaign does not run in that year; the year is the occurrence's for a recurring campaign.</returns>
    private (int? Year, DateOnly From, DateOnly To)? PeriodOf(Campaign campaign, int? year)
    {
        if (campaign.Recurrence == CampaignRecurrence.None)
        {
            var from = year is { } y && new DateOnly(y, 1, 1) > campaign.StartDate ? new DateOnly(y, 1, 1) : campaign.StartDate;
            var to = year is { } z && new DateOnly(z, 12, 31) < campaign.EndDate ? new DateOnly(z, 12, 31) : campaign.EndDate;
            return from <= to ? (year, from, to) : null;
        }
        var today = VietnamCalendar.Today(clock);
        var occurrence = year is { } known
            ? campaign.OccurrenceOf(known)
            : campaign.OccurrencesBetween(campaign.StartDate, today).LastOrDefault() ?? campaign.OccurrenceOf(campaign.FirstYear);
        return occurrence is null ? null : (occurrence.Year, occurrence.StartDate, occurrence.EndDate);
    }
}
