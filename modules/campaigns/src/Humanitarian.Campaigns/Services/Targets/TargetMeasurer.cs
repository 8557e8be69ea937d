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
    /// <param name="year">The run measured when the target names none (a recurring campaign's target of every year).</param>
    public async Task<decimal?> MeasureAsync(Campaign campaign, CampaignTarget target, int? year = null, CancellationToken cancellationToken = default) =>
        QueryOf(campaign, target, year) is (var provider, var query) ? await provider.MeasureAsync(query, cancellationToken) : null;

    /// <returns>Each participant unit's part of the target; null when it has no per-unit measure (yet).</returns>
    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(Campaign campaign, CampaignTarget target, int? year,
        CancellationToken cancellationToken = default) =>
        QueryOf(campaign, target, year) is (var provider, var query) ? await provider.MeasurePerUnitAsync(query, cancellationToken) : null;

    private (ICampaignMetricProvider Provider, CampaignMetricQuery Query)? QueryOf(Campaign campaign, CampaignTarget target, int? year)
    {
        var provider = providers.FirstOrDefault(p => p.CanMeasure(target.Metric));
        if (provider is null || PeriodOf(campaign, target.Year ?? year) is not { } period)
        {
            return null;
        }
        return (provider, new CampaignMetricQuery(campaign.Id, target.Id, target.Metric, target.ActivityKind, period.Year,
            period.From, period.To, campaign.Participants.Select(p => p.UnitId).ToList(), campaign.CommitteeId));
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
