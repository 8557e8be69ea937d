using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Donors;

/// <summary>Who gave most, and what each kind of donor gave, at <c>/api/app/donor-statistics</c>.</summary>
public interface IDonorStatisticsAppService : IApplicationService
{
    /// <summary><c>/top</c>: the donors who gave most in the period, most first.</summary>
    Task<ListResultDto<DonorTotalDto>> GetTopAsync(DonorTotalsInput input);

    /// <summary><c>/by-kind</c>: individuals, businesses, organisations, agencies — each kind's total, every kind listed.</summary>
    Task<ListResultDto<DonorKindTotalDto>> GetByKindAsync(DonorTotalsInput input);
}
