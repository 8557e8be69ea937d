using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Disbursements;

/// <summary>Disbursements at <c>/api/app/disbursement</c>: what left a fund, for what, on whose decision.</summary>
public interface IDisbursementAppService : IApplicationService
{
    /// <summary><c>filter</c> matches the purpose or the restriction.</summary>
    Task<PagedResultDto<DisbursementDto>> GetListAsync(DisbursementListInput input);

    Task<DisbursementDto> GetAsync(Guid id);

    /// <summary>One that would take the fund's unrestricted money, or its restriction, below zero → 400 naming <c>amount</c>.</summary>
    Task<DisbursementDto> CreateAsync(CreateDisbursementDto input);
}
