using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Campaigns;

/// <summary>A campaign's summary (tổng kết) at <c>/api/app/campaign/{id}/summary</c>.</summary>
public interface ICampaignSummaryAppService : IApplicationService
{
    /// <summary>GET: the summary kept on closing, or else measured now.</summary>
    Task<CampaignSummaryDto> GetAsync(Guid id, CampaignSummaryInput input);

    /// <summary>
    /// POST /summarise: keeps the summary as it is now. A one-off campaign must be closed, and becomes
    /// summarised; a recurring campaign's run must have ended. Each is summarised once.
    /// </summary>
    Task<CampaignSummaryDto> SummariseAsync(Guid id, CampaignSummaryInput input);

    /// <summary>GET /summary/export-excel: the same as a workbook.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(Guid id, CampaignSummaryInput input);
}
