using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Metrics;

/// <summary>
/// What was given (not cancelled) in a period and in the same days a year before, per credited unit (null:
/// credited to none), in one pass over the donations. A campaign's summary asks for the tenant's growth and
/// then each unit's: both come from the same groups, kept for the request, so a province's gifts are read
/// once rather than once per period and per question.
/// </summary>
public sealed class FundsRaisedByCreditedUnit(IRepository<Donation, Guid> donations, ICurrentTenant currentTenant) : IScopedDependency
{
    private readonly Dictionary<(Guid?, DateOnly, DateOnly), IReadOnlyList<UnitRaised>> _measured = [];

    public async Task<IReadOnlyList<UnitRaised>> GetAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // Keyed by tenant too: a parent's roll-up measures each child tenant in the same request.
        var key = (currentTenant.Id, from, to);
        if (!_measured.TryGetValue(key, out var groups))
        {
            var (lastFrom, lastTo) = (from.AddYears(-1), to.AddYears(-1));
            groups = await (await donations.GetQueryableAsync()).AsNoTracking()
                .Where(d => !d.IsCancelled && ((d.Date >= from && d.Date <= to) || (d.Date >= lastFrom && d.Date <= lastTo)))
                .GroupBy(d => d.CreditedUnitId)
                .Select(g => new UnitRaised(g.Key,
                    g.Sum(d => d.Date >= from && d.Date <= to ? d.Amount : 0),
                    g.Sum(d => d.Date >= lastFrom && d.Date <= lastTo ? d.Amount : 0)))
                .ToListAsync(cancellationToken);
            _measured[key] = groups;
        }
        return groups;
    }
}

/// <param name="UnitId">The credited unit, or null for the gifts credited to none.</param>
public sealed record UnitRaised(Guid? UnitId, long Current, long Previous);
