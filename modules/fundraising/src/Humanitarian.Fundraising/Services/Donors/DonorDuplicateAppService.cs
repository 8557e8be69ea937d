using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Donors;

/// <summary>The review queue of probable duplicate donors at <c>/api/app/donor-duplicate</c>, within the tenant.</summary>
[Authorize(FundraisingPermissions.Donors.Default)]
public sealed class DonorDuplicateAppService(
    IRepository<Donor, Guid> donors,
    IRepository<Donation, Guid> donations,
    IRepository<Pledge, Guid> pledges,
    IRepository<DonorNotDuplicatePair, Guid> notDuplicates,
    DonorTwins twins,
    DonorMerger merger,
    IAbpEfCoreDbContext dbContext,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, IDonorDuplicateAppService
{
    /// <summary>Donors with a twin loaded at most: a longer queue is worked through from its first pairs.</summary>
    public const int MaxRecords = 2000;

    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(Candidate.Name), ["reason"] = nameof(Candidate.Reason),
    };

    private sealed record Candidate(Donor First, Donor Second, DonorDuplicateReason Reason)
    {
        public string Name => First.NormalizedName;
    }

    public async Task<PagedResultDto<DonorDuplicatePairDto>> GetListAsync(DonorDuplicatePairListInput input)
    {
        var all = (await donors.GetQueryableAsync()).AsNoTracking();
        var records = await (await twins.WithTwinAmongAsync(all, all))
            .OrderBy(d => d.NormalizedName).ThenBy(d => d.Id).Take(MaxRecords).ToListAsync();
        var pairs = Pair(records, await twins.DismissedAmongAsync(records.Select(d => d.Id).ToList()))
            .Where(p => input.Reason is null || p.Reason == input.Reason)
            .AsQueryable().ApplySorting(input.Sorting, "name", Sortable).ToList();
        var page = pairs.Skip(input.SkipCount).Take(input.MaxResultCount).ToList();
        var counts = await CountsAsync(page.SelectMany(p => new[] { p.First.Id, p.Second.Id }).Distinct().ToList());
        return new PagedResultDto<DonorDuplicatePairDto>(pairs.Count, page.Select(p => new DonorDuplicatePairDto
        {
            Reason = p.Reason, First = Side(p.First, counts), Second = Side(p.Second, counts),
        }).ToList());
    }

    [Authorize(FundraisingPermissions.Donors.Delete)]
    public async Task<DonorDto> MergeAsync(MergeDonorsDto input)
    {
        var kept = await donors.FindAsync(input.KeptId) ?? throw new AbpValidationException(l["Validation:UnknownDonor"], "keptId");
        var duplicate = await donors.FindAsync(input.DuplicateId) ?? throw new AbpValidationException(l["Validation:UnknownDonor"], "duplicateId");
        await merger.MergeAsync(kept, duplicate);
        return DonorAppService.ToDto(kept);
    }

    [Authorize(FundraisingPermissions.Donors.Update)]
    public async Task DismissAsync(DismissDonorDuplicateDto input)
    {
        if (await donors.FindAsync(input.DonorId) is null)
        {
            throw new AbpValidationException(l["Validation:UnknownDonor"], "donorId");
        }
        if (await donors.FindAsync(input.OtherDonorId) is null)
        {
            throw new AbpValidationException(l["Validation:UnknownDonor"], "otherDonorId");
        }
        var pair = new DonorNotDuplicatePair(Guid.NewGuid(), input.DonorId, input.OtherDonorId);
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

    private async Task<bool> IsDismissedAsync(DonorNotDuplicatePair pair) =>
        await (await notDuplicates.GetQueryableAsync()).AnyAsync(p => p.FirstDonorId == pair.FirstDonorId && p.SecondDonorId == pair.SecondDonorId);

    /// <summary>Each pair once, in the records' order.</summary>
    private static IEnumerable<Candidate> Pair(IReadOnlyList<Donor> records, HashSet<(Guid, Guid)> dismissed)
    {
        var byTaxCode = records.Where(d => d.TaxCode is not null).ToLookup(d => d.TaxCode!);
        var byName = records.ToLookup(d => d.NormalizedName);
        var seen = new HashSet<(Guid, Guid)>();
        foreach (var a in records)
        {
            var others = (a.TaxCode is { } taxCode ? byTaxCode[taxCode] : []).Concat(byName[a.NormalizedName]);
            foreach (var b in others.Where(b => b.Id != a.Id))
            {
                var ordered = DuplicatePairs.Ordered(a.Id, b.Id);
                if (DonorTwins.ReasonFor(a, b) is { } reason && !dismissed.Contains(ordered) && seen.Add(ordered))
                {
                    yield return new Candidate(a, b, reason);
                }
            }
        }
    }

    private async Task<Dictionary<Guid, (int Donations, long Amount, int Pledges)>> CountsAsync(List<Guid> ids)
    {
        var gifts = await (await donations.GetQueryableAsync()).Where(d => d.DonorId != null && ids.Contains(d.DonorId.Value))
            .GroupBy(d => d.DonorId!.Value)
            .Select(g => new { g.Key, Count = g.Count(), Amount = g.Where(d => !d.IsCancelled).Sum(d => (long?)d.Amount) ?? 0 })
            .ToDictionaryAsync(g => g.Key);
        var promises = await (await pledges.GetQueryableAsync()).Where(p => ids.Contains(p.DonorId))
            .GroupBy(p => p.DonorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return ids.ToDictionary(id => id, id => (gifts.GetValueOrDefault(id)?.Count ?? 0, gifts.GetValueOrDefault(id)?.Amount ?? 0, promises.GetValueOrDefault(id)));
    }

    private static DonorDuplicateSideDto Side(Donor donor, Dictionary<Guid, (int Donations, long Amount, int Pledges)> counts) => new()
    {
        Donor = DonorAppService.ToDto(donor), Donations = counts[donor.Id].Donations, DonatedAmount = counts[donor.Id].Amount, Pledges = counts[donor.Id].Pledges,
    };
}
