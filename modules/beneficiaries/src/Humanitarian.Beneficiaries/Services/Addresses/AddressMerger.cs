using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// Merges a duplicate into the record kept: the kept one takes what it lacked, the duplicate's
/// sponsorships, deliveries and sponsor requests move to it, and the duplicate is deleted (soft, keeping
/// where it went). Verification items keep the address they were drawn for, as a record of the draw.
/// Every row touched is tracked and saved at once, so each move is in the audit log and a delivery
/// recorded meanwhile meets a changed concurrency stamp instead of landing on the deleted record.
/// </summary>
public sealed class AddressMerger(
    IRepository<HumanitarianAddress, Guid> addresses,
    IRepository<Sponsorship, Guid> sponsorships,
    IRepository<SupportDelivery, Guid> deliveries,
    IRepository<SponsorRequest, Guid> sponsorRequests,
    IRepository<NotDuplicatePair, Guid> notDuplicates) : ITransientDependency
{
    public async Task MergeAsync(HumanitarianAddress kept, HumanitarianAddress duplicate)
    {
        kept.Absorb(duplicate);
        foreach (var sponsorship in await (await sponsorships.GetQueryableAsync()).Where(s => s.HumanitarianAddressId == duplicate.Id).ToListAsync())
        {
            sponsorship.MoveTo(kept.Id);
        }
        foreach (var delivery in await (await deliveries.GetQueryableAsync()).Where(d => d.HumanitarianAddressId == duplicate.Id).ToListAsync())
        {
            delivery.MoveTo(kept.Id);
        }
        foreach (var request in await (await sponsorRequests.GetQueryableAsync()).Where(r => r.HumanitarianAddressId == duplicate.Id).ToListAsync())
        {
            request.MoveTo(kept.Id);
        }
        await KeepNotDuplicatesAsync(kept.Id, duplicate.Id);
        await addresses.UpdateAsync(kept);
        await addresses.DeleteAsync(duplicate, autoSave: true);
    }

    /// <summary>Someone confirmed not to be the duplicate is not the kept record either: not asked again.</summary>
    private async Task KeepNotDuplicatesAsync(Guid keptId, Guid duplicateId)
    {
        var pairs = await (await notDuplicates.GetQueryableAsync()).AsNoTracking()
            .Where(p => p.FirstAddressId == duplicateId || p.SecondAddressId == duplicateId || p.FirstAddressId == keptId || p.SecondAddressId == keptId)
            .Select(p => new { p.FirstAddressId, p.SecondAddressId }).ToListAsync();
        foreach (var other in DuplicatePairs.CarriedOver(pairs.Select(p => (p.FirstAddressId, p.SecondAddressId)).ToList(), keptId, duplicateId))
        {
            await notDuplicates.InsertAsync(new NotDuplicatePair(Guid.NewGuid(), keptId, other));
        }
    }
}
