using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Activities;

public interface ICampaignActivityAppService : IApplicationService
{
    Task<PagedResultDto<CampaignActivityDto>> GetListAsync(CampaignActivityListInput input);
    Task<CampaignActivityDto> GetAsync(Guid id);
    Task<CampaignActivityDto> CreateAsync(CreateCampaignActivityDto input);
    Task<CampaignActivityDto> UpdateAsync(Guid id, UpdateCampaignActivityDto input);
    Task DeleteAsync(Guid id);

    /// <summary>A file recording the activity: PDF, DOCX or XLSX, checked as documents' files are.</summary>
    Task<FileAttachmentDto> AddAttachmentAsync(Guid id, IRemoteStreamContent? file);

    Task<IRemoteStreamContent> GetAttachmentAsync(Guid id, Guid attachmentId);
    Task DeleteAttachmentAsync(Guid id, Guid attachmentId);

    /// <summary>GET /api/app/campaign-activity/export-excel: the list with its filters, every page.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(CampaignActivityListInput input);
}
