using Humanitarian.Framework.Application;

namespace Humanitarian.Campaigns.Activities;

public interface ICampaignActivityAppService : IApplicationService
{
    Task<PagedResultDto<CampaignActivityDto>> GetListAsync(CampaignActivityListInput input);
    Task<CampaignActivityDto> GetAsync(Guid id);
    Task<CampaignActivityDto> CreateAsync(CreateCampaignActivityDto input);
    Task<CampaignActivityDto> UpdateAsync(Guid id, UpdateCampaignActivityDto input);
    Task DeleteAsync(Guid id);
}
