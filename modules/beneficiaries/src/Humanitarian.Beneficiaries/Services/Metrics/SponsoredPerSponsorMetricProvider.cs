using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Committees;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Metrics;

/// <summary>
/// "Every steering-committee member and department sponsors at least 3 addresses": the addresses each
/// sponsors in the period (a sponsorship running some day of it), and the lowest of them, since the goal
/// is everyone's. The sponsors counted are the campaign's participant units and the members of its
/// committee whose term meets the period; one who sponsors nothing counts as 0.
/// </summary>
public sealed class SponsoredPerSponsorMetricProvider(IRepository<Sponsorship, Guid> sponsorships, ICommitteeLookup committees)
    : ICampaignMetricProvider, ITransientDependency
{
    public bool CanMeasure(TargetMetric metric) => metric == TargetMetric.AddressesSponsoredPerSponsor;

    public async Task<decimal?> MeasureAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var members = query.CommitteeId is { } committeeId ? await committees.GetMemberIdsAsync(committeeId, query.From, query.To) : [];
        var sponsors = query.ParticipantUnitIds.Concat(members).Distinct().ToList();
        if (sponsors.Count == 0)
        {
            return null;
        }
        var counts = await CountBySponsorAsync(query, sponsors, cancellationToken);
        return sponsors.Min(s => counts.GetValueOrDefault(s));
    }

    public async Task<IReadOnlyDictionary<Guid, decimal>?> MeasurePerUnitAsync(CampaignMetricQuery query, CancellationToken cancellationToken = default)
    {
        var units = query.ParticipantUnitIds.Distinct().ToList();
        var counts = await CountBySponsorAsync(query, units, cancellationToken);
        return units.ToDictionary(u => u, u => (decimal)counts.GetValueOrDefault(u));
    }

    /// <summary>Units and committee members have their own ids, so one id list serves both kinds of sponsor.</summary>
    private async Task<Dictionary<Guid, int>> CountBySponsorAsync(CampaignMetricQuery query, List<Guid> sponsors, CancellationToken cancellationToken)
    {
        var (from, to) = (query.From, query.To);
        var rows = await (await sponsorships.GetQueryableAsync()).AsNoTracking()
            .Where(s => (s.SponsorKind == SponsorKind.Unit || s.SponsorKind == SponsorKind.CommitteeMember)
                        && s.SponsorId != null && sponsors.Contains(s.SponsorId.Value)
                        && s.StartDate <= to && (s.EndDate == null || s.EndDate >= from))
            .Select(s => new { SponsorId = s.SponsorId!.Value, s.HumanitarianAddressId }).Distinct()
            .GroupBy(s => s.SponsorId).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.Count);
    }
}
