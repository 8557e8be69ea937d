using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Public;

/// <summary>The needs catalogue a tenant publishes for donors (source 003: give donors the localities' needs).</summary>
public interface IPublicNeedsAppService : IApplicationService
{
    /// <summary>
    /// The tenant's addresses whose publication was consented to, that may be sponsored and that no
    /// sponsorship supports today; 404 for a tenant that does not exist or is closed.
    /// </summary>
    Task<PagedResultDto<PublicNeedDto>> GetListAsync(string tenantName, PublicNeedListInput input);

    /// <summary>One need of the catalogue and the tenant's monthly floor; 404 for an address the catalogue does not show.</summary>
    Task<PublicNeedDetailsDto> GetAsync(string tenantName, Guid id);

    /// <summary>
    /// "I want to sponsor": a request the chapter approves or declines. 404 for an address the catalogue does
    /// not show (unpublished, sponsored, another tenant's), so that hidden addresses cannot be probed.
    /// </summary>
    Task<SponsorRequestReceiptDto> CreateSponsorRequestAsync(string tenantName, Guid addressId, CreateSponsorRequestDto input);
}
