using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>Humanitarian addresses at <c>/api/app/humanitarian-address</c>.</summary>
public interface IHumanitarianAddressAppService : IApplicationService
{
    Task<PagedResultDto<HumanitarianAddressDto>> GetListAsync(HumanitarianAddressListInput input);

    Task<HumanitarianAddressDto> GetAsync(Guid id);

    /// <summary>A probable duplicate is still created; <see cref="GetPossibleDuplicatesAsync"/> lists what it may repeat.</summary>
    Task<HumanitarianAddressDto> CreateAsync(CreateHumanitarianAddressDto input);

    Task<HumanitarianAddressDto> UpdateAsync(Guid id, UpdateHumanitarianAddressDto input);

    Task DeleteAsync(Guid id);

    /// <summary>The other addresses of the tenant with the same national ID, or the same folded name, birth year and commune.</summary>
    Task<ListResultDto<PossibleDuplicateDto>> GetPossibleDuplicatesAsync(Guid id);

    /// <summary>The addresses the caller may see, counted by status, in the statuses' order.</summary>
    Task<ListResultDto<AddressStatusCountDto>> GetStatusCountsAsync();

    /// <summary>The addresses the list's filters find, counted by commune, most first (those with no commune under a null one).</summary>
    Task<ListResultDto<AddressCommuneCountDto>> GetCommuneCountsAsync(HumanitarianAddressFilterDto input);
}
