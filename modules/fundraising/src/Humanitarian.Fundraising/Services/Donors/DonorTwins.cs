using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Donors;

/// <summary>
/// The rule for probable duplicate donors, in one place for the donor's panel, the list's filter and the
/// review queue: the same tax code, or the same folded name with the same phone (digits, +84 as 0) or
/// e-mail — less the pairs a user confirmed are two donors.
/// </summary>
public sealed class DonorTwins(IRepository<DonorNotDuplicatePair, Guid> notDuplicates) : ITransientDependency
{
    /// <summary>Those of <paramref name="query"/> with a probable duplicate among <paramref name="candidates"/>; one EXISTS per indexed rule.</summary>
    public async Task<IQueryable<Donor>> WithTwinAmongAsync(IQueryable<Donor> query, IQueryable<Donor> candidates)
    {
        var dismissed = await notDuplicates.GetQueryableAsync();
        return query.Where(a =>
            (a.TaxCode != null
             && candidates.Any(o => o.TaxCode == a.TaxCode && o.Id != a.Id
                                    && !dismissed.Any(d => (d.FirstDonorId == a.Id && d.SecondDonorId == o.Id) || (d.FirstDonorId == o.Id && d.SecondDonorId == a.Id))))
            || ((a.NormalizedPhone != null || a.Email != null)
                && candidates.Any(o => o.NormalizedName == a.NormalizedName && o.Id != a.Id
                                       && ((a.NormalizedPhone != null && o.NormalizedPhone == a.NormalizedPhone) || (a.Email != null && o.Email == a.Email))
                                       && !dismissed.Any(d => (d.FirstDonorId == a.Id && d.SecondDonorId == o.Id) || (d.FirstDonorId == o.Id && d.SecondDonorId == a.Id)))));
    }

    /// <summary>Why two donors found by <see cref="WithTwinAmongAsync"/> were taken for one; null when they are not.</summary>
    public static DonorDuplicateReason? ReasonFor(Donor a, Donor b) =>
        a.TaxCode is not null && a.TaxCode == b.TaxCode ? DonorDuplicateReason.SameTaxCode
        : a.NormalizedName != b.NormalizedName ? null
        : a.NormalizedPhone is not null && a.NormalizedPhone == b.NormalizedPhone ? DonorDuplicateReason.SameNameAndPhone
        : a.Email is not null && a.Email == b.Email ? DonorDuplicateReason.SameNameAndEmail
        : null;

    public async Task<HashSet<(Guid, Guid)>> DismissedAmongAsync(IReadOnlyCollection<Guid> ids)
    {
        var found = new HashSet<(Guid, Guid)>();
        var query = (await notDuplicates.GetQueryableAsync()).AsNoTracking();
        // Values per IN list: well under SQLite's and MariaDB's limits on parameters.
        foreach (var chunk in ids.Chunk(500))
        {
            var pairs = await query.Where(d => chunk.Contains(d.FirstDonorId)).Select(d => new { d.FirstDonorId, d.SecondDonorId }).ToListAsync();
            found.UnionWith(pairs.Select(p => (p.FirstDonorId, p.SecondDonorId)));
        }
        return found;
    }
}
