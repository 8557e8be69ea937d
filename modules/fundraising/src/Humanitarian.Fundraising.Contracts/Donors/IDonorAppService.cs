using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Donors;

/// <summary>Donors at <c>/api/app/donor</c>: people and organisations who give, and whether they may be named.</summary>
public interface IDonorAppService : IApplicationService
{
    /// <summary><c>filter</c> matches the name, tax code, phone or e-mail, case and marks folded.</summary>
    Task<PagedResultDto<DonorDto>> GetListAsync(DonorListInput input);

    Task<DonorDto> GetAsync(Guid id);

    /// <summary>Donors of the tenant taken for the same one: same tax code, or same folded name with the same phone or e-mail.</summary>
    Task<ListResultDto<PossibleDuplicateDonorDto>> GetPossibleDuplicatesAsync(Guid id);

    Task<DonorDto> CreateAsync(CreateDonorDto input);

    /// <summary>A change of <c>publishName</c> is recorded with its time and who recorded it.</summary>
    Task<DonorDto> UpdateAsync(Guid id, UpdateDonorDto input);

    /// <summary>A donor with donations stays (their receipts name them) → 400.</summary>
    Task DeleteAsync(Guid id);
}
