using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>
/// The review queue of probable duplicates at <c>/api/app/address-duplicate</c>: pairs side by side,
/// merged into one record or confirmed as two people.
/// </summary>
public interface IAddressDuplicateAppService : IApplicationService
{
    /// <summary>Pairs the caller may see both sides of, less those confirmed as two people.</summary>
    Task<PagedResultDto<DuplicatePairDto>> GetListAsync(DuplicatePairListInput input);

    /// <summary>
    /// The duplicate's sponsorships and deliveries move to the kept record, which takes what it lacked;
    /// the duplicate is deleted, keeping where it went. Two different national IDs are refused.
    /// </summary>
    Task<HumanitarianAddressDto> MergeAsync(MergeAddressesDto input);

    /// <summary>"Không phải cùng một người": the pair is never offered again.</summary>
    Task DismissAsync(DismissDuplicateDto input);
}
