using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// The review queue of probable duplicates at <c>/api/app/address-duplicate</c>. A reviewer sees the
/// pairs whose both sides are in its scope, and decides on those only.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Default)]
public sealed class AddressDuplicateAppService(
    IRepository<Sponsorship, Guid> sponsorships,
    IRepository<SupportDelivery, Guid> deliveries,
    IRepository<NotDuplicatePair, Guid> notDuplicates,
    AddressScope addressScope,
    AddressTwins twins,
    AddressMerger merger,
    AddressViews views,
    IAbpEfCoreDbContext dbContext,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, IAddressDuplicateAppService
{
    /// <summary>
    /// Records with a twin loaded at most: a queue longer than this is worked through from its first
    /// pairs, and the rest come up as those are decided.
    /// </summary>
    public const int MaxRecords = 2000;

    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(Candidate.Name), ["reason"] = nameof(Candidate.Reason),
    };

    /// <summary>A pair before it is shown; <see cref="Name"/> is the first record's folded name.</summary>
    private sealed record Candidate(HumanitarianAddress First, HumanitarianAddress Second, DuplicateReason Reason)
    {
        public string Name => First.NormalizedName;
    }

    public async Task<PagedResultDto<DuplicatePairDto>> GetListAsync(DuplicatePairListInput input)
    {
        var visible = await addressScope.QueryAsync();
        var records = await (await twins.WithTwinAmongAsync(visible, visible))
            .OrderBy(a => a.NormalizedName).ThenBy(a => a.Id).Take(MaxRecords).ToListAsync();
        var pairs = Pair(records, await twins.DismissedAmongAsync(records.Select(a => a.Id).ToList()))
            .Where(p => input.Reason is null || p.Reason == input.Reason)
            .AsQueryable().ApplySorting(input.Sorting, "name", Sortable).ToList();
        var page = pairs.Skip(input.SkipCount).Take(input.MaxResultCount).ToList();
        var shown = page.SelectMany(p => new[] { p.First, p.Second }).DistinctBy(a => a.Id).ToList();
        var dtos = (await views.ShowAsync(shown, "duplicates")).ToDictionary(a => a.Id);
        var counts = await CountsAsync(shown.Select(a => a.Id).ToList());
        return new PagedResultDto<DuplicatePairDto>(pairs.Count, page.Select(p => new DuplicatePairDto
        {
            Reason = p.Reason, First = Side(dtos[p.First.Id], counts), Second = Side(dtos[p.Second.Id], counts),
        }).ToList());
    }

    [Authorize(BeneficiariesPermissions.Addresses.Delete)]
    public async Task<HumanitarianAddressDto> MergeAsync(MergeAddressesDto input)
    {
        var kept = await addressScope.FindAsync(input.KeptId, tracking: true)
                   ?? throw new AbpValidationException(l["Validation:UnknownAddress"], "keptId");
        var duplicate = await addressScope.FindAsync(input.DuplicateId, tracking: true)
                        ?? throw new AbpValidationException(l["Validation:UnknownAddress"], "duplicateId");
        await merger.MergeAsync(kept, duplicate);
        return (await views.ShowAsync([kept], "merge"))[0];
    }

    [Authorize(BeneficiariesPermissions.Addresses.Update)]
    public async Task DismissAsync(DismissDuplicateDto input)
    {
        if (await addressScope.FindAsync(input.AddressId, tracking: false) is null)
        {
            throw new AbpValidationException(l["Validation:UnknownAddress"], "addressId");
        }
        if (await addressScope.FindAsync(input.OtherAddressId, tracking: false) is null)
        {
            throw new AbpValidationException(l["Validation:UnknownAddress"], "otherAddressId");
        }
        var pair = new NotDuplicatePair(Guid.NewGuid(), input.AddressId, input.OtherAddressId);
        if (await IsDismissedAsync(pair))
        {
            return;
        }
        try
        {
            await notDuplicates.InsertAsync(pair, autoSave: true);
        }
        // Confirmed twice at once (a double click): the unique index keeps one row, and both answers are right.
        catch (DbUpdateException)
        {
            dbContext.Entry(pair).State = EntityState.Detached;
            if (!await IsDismissedAsync(pair))
            {
                throw;
            }
        }
    }

    private async Task<bool> IsDismissedAsync(NotDuplicatePair pair) =>
        await (await notDuplicates.GetQueryableAsync()).AnyAsync(p => p.FirstAddressId == pair.FirstAddressId && p.SecondAddressId == pair.SecondAddressId);

    /// <summary>Each pair once, in the records' order, national ID first when both rules match.</summary>
    private static IEnumerable<Candidate> Pair(
        IReadOnlyList<HumanitarianAddress> records, HashSet<(Guid, Guid)> dismissed)
    {
        var byHash = records.Where(a => a.NationalIdHash is not null).ToLookup(a => a.NationalIdHash!);
        var byName = records.Where(a => AddressTwins.NameKey(a) is not null).ToLookup(a => AddressTwins.NameKey(a)!.Value);
        var seen = new HashSet<(Guid, Guid)>();
        foreach (var a in records)
        {
            var others = (a.NationalIdHash is { } hash ? byHash[hash] : [])
                .Concat(AddressTwins.NameKey(a) is { } key ? byName[key] : []);
            foreach (var b in others.Where(b => b.Id != a.Id))
            {
                var ordered = DuplicatePairs.Ordered(a.Id, b.Id);
                if (!dismissed.Contains(ordered) && seen.Add(ordered))
                {
                    yield return new Candidate(a, b, AddressTwins.ReasonFor(a, b)!.Value);
                }
            }
        }
    }

    private async Task<Dictionary<Guid, (int Sponsorships, int Deliveries)>> CountsAsync(List<Guid> ids)
    {
        var bySponsorship = await (await sponsorships.GetQueryableAsync()).Where(s => ids.Contains(s.HumanitarianAddressId))
            .GroupBy(s => s.HumanitarianAddressId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var byDelivery = await (await deliveries.GetQueryableAsync()).Where(d => ids.Contains(d.HumanitarianAddressId))
            .GroupBy(d => d.HumanitarianAddressId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return ids.ToDictionary(id => id, id => (bySponsorship.GetValueOrDefault(id), byDelivery.GetValueOrDefault(id)));
    }

    private static DuplicateSideDto Side(HumanitarianAddressDto address, Dictionary<Guid, (int Sponsorships, int Deliveries)> counts) =>
        new() { Address = address, Sponsorships = counts[address.Id].Sponsorships, Deliveries = counts[address.Id].Deliveries };
}
