using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Sponsorships;

/// <summary>Sponsorships at <c>/api/app/sponsorship</c>: who helps which humanitarian address, with what, from when.</summary>
public interface ISponsorshipAppService : IApplicationService
{
    /// <summary><c>filter</c> matches the sponsor's or the address's name, case and marks folded.</summary>
    Task<PagedResultDto<SponsorshipDto>> GetListAsync(SponsorshipListInput input);

    Task<SponsorshipDto> GetAsync(Guid id);

    /// <summary>Below the tenant's floor, or for an address graduated, deceased or moved → 400. The address becomes Supported.</summary>
    Task<SponsorshipDto> CreateAsync(CreateSponsorshipDto input);

    Task<SponsorshipDto> UpdateAsync(Guid id, UpdateSponsorshipDto input);

    /// <summary>A sponsorship with deliveries is ended (given an end date), not deleted: → 400.</summary>
    Task DeleteAsync(Guid id);
}
