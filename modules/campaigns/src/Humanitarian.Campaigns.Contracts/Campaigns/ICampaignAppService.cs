using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Campaigns;

public interface ICampaignAppService : IApplicationService
{
    Task<PagedResultDto<CampaignDto>> GetListAsync(CampaignListInput input);
    Task<CampaignDto> GetAsync(Guid id);
    Task<CampaignDto> CreateAsync(CreateCampaignDto input);
    Task<CampaignDto> UpdateAsync(Guid id, UpdateCampaignDto input);
    Task DeleteAsync(Guid id);

    /// <summary>A year's run: its period and theme (a one-off campaign has only its own year).</summary>
    Task<CampaignOccurrenceDto> GetOccurrenceAsync(Guid id, CampaignOccurrenceInput input);

    /// <summary>PUT /{id}/theme: the theme of one year's run.</summary>
    Task<CampaignOccurrenceDto> UpdateThemeAsync(Guid id, SetCampaignThemeDto input);

    /// <summary>Targets measured now and the tasks' reporting figures, for the whole campaign or one year.</summary>
    Task<CampaignProgressDto> GetProgressAsync(Guid id, CampaignProgressInput input);

    /// <summary>
    /// The reporting rate of each child tenant (for the host, each province) over its subtree, for one
    /// year and optionally one kind of campaign: what a parent sees of its children, counts only.
    /// </summary>
    Task<ListResultDto<ChildReportingRateDto>> GetReportingRatesAsync(ReportingRateInput input);

    /// <summary>GET /api/app/campaign/reporting-rates/export-excel: the children's reporting rates and their total.</summary>
    Task<IRemoteStreamContent> ExportReportingRatesExcelAsync(ReportingRateInput input);

    /// <summary>GET /api/app/campaign/export-excel: the list with its filters, every page.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(CampaignListInput input);
}
