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
}
