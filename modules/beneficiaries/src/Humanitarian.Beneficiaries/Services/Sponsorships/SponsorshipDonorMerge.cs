using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Fundraising.Donors;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

/// <summary>Two donors merged in Fundraising: the duplicate's sponsorships become the kept donor's, each move audited.</summary>
public sealed class SponsorshipDonorMerge(IRepository<Sponsorship, Guid> sponsorships) : IDonorMergeParticipant, ITransientDependency
{
    public async Task MoveDonorAsync(Guid duplicateId, Guid keptId, string keptName)
    {
        var moved = await (await sponsorships.GetQueryableAsync())
            .Where(s => s.SponsorKind == SponsorKind.Donor && s.SponsorId == duplicateId).ToListAsync();
        moved.ForEach(s => s.MoveToDonor(keptId, keptName));
    }
}
