using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Donors;

/// <summary>
/// Merges a duplicate donor into the one kept: the kept one takes what it lacked, the duplicate's
/// donations (receipts unchanged), pledges and the other modules' references move to it, and the
/// duplicate is deleted (soft, keeping where it went). Every row is tracked and saved at once, so each
/// move is in the audit log. Donations a closed predecessor recorded stay as it wrote them: a
/// duplicate named on them cannot be merged away, but it can be the donor kept.
/// </summary>
public sealed class DonorMerger(
    IRepository<Donor, Guid> donors,
    IRepository<Donation, Guid> donations,
    IRepository<Pledge, Guid> pledges,
    IRepository<DonorNotDuplicatePair, Guid> notDuplicates,
    IEnumerable<IDonorMergeParticipant> participants,
    ICurrentTenant currentTenant) : ITransientDependency
{
    public async Task MergeAsync(Donor kept, Donor duplicate)
    {
        kept.Absorb(duplicate);
        var tenantId = currentTenant.Id;
        var gifts = await (await donations.GetQueryableAsync()).Where(d => d.DonorId == duplicate.Id).ToListAsync();
        var promises = await (await pledges.GetQueryableAsync()).Where(p => p.DonorId == duplicate.Id).ToListAsync();
        if (gifts.Any(d => d.TenantId != tenantId) || promises.Any(p => p.TenantId != tenantId))
        {
            throw new BusinessException(FundraisingErrorCodes.MergeInheritedDonations).WithMember("DuplicateId").WithData("name", duplicate.Name);
        }
        gifts.ForEach(d => d.MoveToDonor(kept.Id));
        promises.ForEach(p => p.MoveToDonor(kept.Id));
        foreach (var participant in participants)
        {
            await participant.MoveDonorAsync(duplicate.Id, kept.Id, kept.Name);
        }
        await KeepNotDuplicatesAsync(kept.Id, duplicate.Id);
        await donors.UpdateAsync(kept);
        await donors.DeleteAsync(duplicate, autoSave: true);
    }

    /// <summary>A donor confirmed not to be the duplicate is not the kept one either: not asked again.</summary>
    private async Task KeepNotDuplicatesAsync(Guid keptId, Guid duplicateId)
    {
        var pairs = await (await notDuplicates.GetQueryableAsync()).AsNoTracking()
            .Where(p => p.FirstDonorId == duplicateId || p.SecondDonorId == duplicateId || p.FirstDonorId == keptId || p.SecondDonorId == keptId)
            .Select(p => new { p.FirstDonorId, p.SecondDonorId }).ToListAsync();
        foreach (var other in DuplicatePairs.CarriedOver(pairs.Select(p => (p.FirstDonorId, p.SecondDonorId)).ToList(), keptId, duplicateId))
        {
            await notDuplicates.InsertAsync(new DonorNotDuplicatePair(Guid.NewGuid(), keptId, other));
        }
    }
}
