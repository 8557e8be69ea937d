using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Pledges;

/// <summary>Pledges at <c>/api/app/pledge</c> (cam kết ủng hộ): what a donor promised a fund by when, and how much has come.</summary>
public interface IPledgeAppService : IApplicationService
{
    Task<PagedResultDto<PledgeDto>> GetListAsync(PledgeListInput input);

    Task<PledgeDto> GetAsync(Guid id);

    Task<PledgeDto> CreateAsync(CreatePledgeDto input);

    Task<PledgeDto> UpdateAsync(Guid id, UpdatePledgeDto input);

    /// <summary>A pledge donations were recorded against stays (they name it) → 400.</summary>
    Task DeleteAsync(Guid id);
}
