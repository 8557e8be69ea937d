using Humanitarian.Framework.Application;

namespace Humanitarian.Campaigns.Targets;

public interface ICampaignTargetAppService : IApplicationService
{
    Task<PagedResultDto<CampaignTargetDto>> GetListAsync(CampaignTargetListInput input);
    Task<CampaignTargetDto> GetAsync(Guid id);
    Task<CampaignTargetDto> CreateAsync(CreateCampaignTargetDto input);
    Task<CampaignTargetDto> UpdateAsync(Guid id, UpdateCampaignTargetDto input);
    Task DeleteAsync(Guid id);
}
