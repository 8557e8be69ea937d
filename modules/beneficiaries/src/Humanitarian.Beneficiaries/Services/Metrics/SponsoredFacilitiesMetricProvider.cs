using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Metrics;

/// <summary>
/// "Sponsor 10 care facilities": the facilities with a sponsorship running some day of the period, each
/// once however many sponsor it. A unit's part is the facilities it sponsors itself.
/// </summary>
public sealed class SponsoredFacilitiesMetricProvider(IRepository<HumanitarianAddress, Guid> addresses, IRepository<Sponsorship, Guid> sponsorships)
    : ICampaignMetricProvider, ITransientDependency
{
    public bool CanMeasure(TargetMetric metric) => metric == TargetMetric.FacilitiesSponsored;

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default) =>
        await (await SponsoredAsync(query)).Select(s => s.HumanitarianAddressId).Distinct().CountAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var units = query.ParticipantUnitIds.Distinct().ToList();
        var counts = await (await SponsoredAsync(query))
            .Where(s => s.SponsorKind == SponsorKind.Unit && s.SponsorId != null && units.Contains(s.SponsorId.Value))
            .Select(s => new { SponsorId = s.SponsorId!.Value, s.HumanitarianAddressId }).Distinct()
            .GroupBy(s => s.SponsorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return units.ToDictionary(u => u, u => (decimal)counts.GetValueOrDefault(u));
    }

    private async Task<IQueryable<Sponsorship>> SponsoredAsync(CampaignMetricQuery query)
    {
        var (from, to) = (query.From, query.To);
        var facilities = (await addresses.GetQueryableAsync()).Where(a => a.Kind == HumanitarianAddressKind.Facility).Select(a => a.Id);
        return (await sponsorships.GetQueryableAsync()).AsNoTracking()
            .Where(s => s.StartDate <= to && (s.EndDate == null || s.EndDate >= from) && facilities.Contains(s.HumanitarianAddressId));
    }
}
