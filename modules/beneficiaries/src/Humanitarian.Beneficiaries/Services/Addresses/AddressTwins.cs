using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// The rule for probable duplicates, in one place for the record's panel, the list's filter and the
/// review queue: the same national ID, or a person of the same folded name, birth year and commune —
/// less the pairs a user confirmed are two people. The indexed normalised columns answer it.
/// </summary>
public sealed class AddressTwins(IRepository<NotDuplicatePair, Guid> notDuplicates) : ITransientDependency
{
    /// <summary>
    /// Those of <paramref name="query"/> with a probable duplicate among <paramref name="candidates"/>. One
    /// EXISTS per rule, so that each is answered by its own index instead of a scan per record.
    /// </summary>
    public async Task<IQueryable<HumanitarianAddress>> WithTwinAmongAsync(IQueryable<HumanitarianAddress> query, IQueryable<HumanitarianAddress> candidates)
    {
        var dismissed = await notDuplicates.GetQueryableAsync();
        return query.Where(a =>
            (a.NationalIdHash != null
             && candidates.Any(o => o.NationalIdHash == a.NationalIdHash && o.Id != a.Id
                                    && !dismissed.Any(d => (d.FirstAddressId == a.Id && d.SecondAddressId == o.Id)
                                                           || (d.FirstAddressId == o.Id && d.SecondAddressId == a.Id))))
            || (a.Kind == HumanitarianAddressKind.Person && a.BirthYear != null && a.NormalizedCommune != ""
                && candidates.Any(o => o.NormalizedName == a.NormalizedName && o.BirthYear == a.BirthYear && o.NormalizedCommune == a.NormalizedCommune
                                       && o.Kind == HumanitarianAddressKind.Person && o.Id != a.Id
                                       && !dismissed.Any(d => (d.FirstAddressId == a.Id && d.SecondAddressId == o.Id)
                                                              || (d.FirstAddressId == o.Id && d.SecondAddressId == a.Id)))));
    }

    /// <summary>Why two records found by <see cref="WithTwinAmongAsync"/> were taken for one; null when they are not.</summary>
    public static DuplicateReason? ReasonFor(HumanitarianAddress a, HumanitarianAddress b) =>
        a.NationalIdHash is not null && a.NationalIdHash == b.NationalIdHash ? DuplicateReason.SameNationalId
        : NameKey(a) is { } key && key == NameKey(b) ? DuplicateReason.SameNameBirthYearCommune
        : null;

    /// <summary>A person's folded name, birth year and commune; null when one is missing and the rule cannot apply.</summary>
    public static (string Name, int BirthYear, string Commune)? NameKey(HumanitarianAddress a) =>
        a.Kind == HumanitarianAddressKind.Person && a.BirthYear is { } year && a.NormalizedCommune.Length > 0
            ? (a.NormalizedName, year, a.NormalizedCommune)
            : null;

    public async Task<HashSet<(Guid, Guid)>> DismissedAmongAsync(IReadOnlyCollection<Guid> ids)
    {
        var found = new HashSet<(Guid, Guid)>();
        var query = (await notDuplicates.GetQueryableAsync()).AsNoTracking();
        // Values per IN list: well under SQLite's and MariaDB's limits on parameters.
        foreach (var chunk in ids.Chunk(500))
        {
            var pairs = await query.Where(d => chunk.Contains(d.FirstAddressId))
                .Select(d => new { d.FirstAddressId, d.SecondAddressId }).ToListAsync();
            found.UnionWith(pairs.Select(p => (p.FirstAddressId, p.SecondAddressId)));
        }
        return found;
    }
}
