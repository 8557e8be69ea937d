using System.Text.Json;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Summaries;

/// <summary>A campaign's summary (tổng kết) at <c>/api/app/campaign/{id}/summary</c>: measured now until it is kept on closing.</summary>
[Authorize(CampaignsPermissions.Default)]
public sealed class CampaignSummaryAppService(
    IRepository<Campaign, Guid> campaigns,
    IRepository<CampaignSummary, Guid> summaries,
    CampaignSummaries measure,
    CampaignSummaryExcel excel,
    InheritedRecords inheritedRecords,
    TimeProvider clock) : ApplicationService, ICampaignSummaryAppService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [HttpGet("api/app/campaign/{id}/summary")]
    public async Task<CampaignSummaryDto> GetAsync(Guid id, [FromQuery] CampaignSummaryInput input)
    {
        var campaign = await GetWithPartsAsync(id, tracking: false);
        var period = campaign.SummaryPeriod(input.Year, VietnamCalendar.Today(clock));
        return await FindKeptAsync(campaign, period) ?? await measure.MeasureAsync(campaign, period);
    }

    [HttpPost("api/app/campaign/{id}/summarise")]
    [Authorize(CampaignsPermissions.Campaigns.Update)]
    public async Task<CampaignSummaryDto> SummariseAsync(Guid id, [FromQuery] CampaignSummaryInput input)
    {
        var campaign = await GetWithPartsAsync(id, tracking: true);
        inheritedRecords.CheckOwned(campaign);
        var today = VietnamCalendar.Today(clock);
        var period = campaign.SummaryPeriod(input.Year, today);
        if (await FindKeptAsync(campaign, period) is not null)
        {
            throw AlreadySummarised(period);
        }
        campaign.Summarise(period, today);
        var summary = await measure.MeasureAsync(campaign, period);
        summary.IsFinal = true;
        summary.SummarisedTime = clock.GetUtcNow().UtcDateTime;
        try
        {
            await summaries.InsertAsync(new CampaignSummary(Guid.NewGuid(), campaign.Id, KeyOf(campaign, period),
                JsonSerializer.Serialize(summary, Json)), autoSave: true);
        }
        catch (DbUpdateException)
        {
            // Another official summarised it at the same moment (the unique index): theirs is kept.
            throw AlreadySummarised(period);
        }
        await campaigns.UpdateAsync(campaign, autoSave: true);
        return summary;
    }

    [HttpGet("api/app/campaign/{id}/summary/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync(Guid id, [FromQuery] CampaignSummaryInput input) =>
        excel.Write(await GetAsync(id, input));

    private async Task<CampaignSummaryDto?> FindKeptAsync(Campaign campaign, OccurrencePeriod period)
    {
        var key = KeyOf(campaign, period);
        var kept = await (await summaries.GetQueryableAsync()).AsNoTracking()
            .Where(s => s.CampaignId == campaign.Id && s.Year == key).Select(s => s.Content).FirstOrDefaultAsync();
        return kept is null ? null : JsonSerializer.Deserialize<CampaignSummaryDto>(kept, Json);
    }

    private static int KeyOf(Campaign campaign, OccurrencePeriod period) =>
        campaign.Recurrence == CampaignRecurrence.None ? CampaignSummary.WholeCampaign : period.Year;

    private static BusinessException AlreadySummarised(OccurrencePeriod period) =>
        new BusinessException(CampaignsErrorCodes.AlreadySummarised).WithData("year", period.Year);

    private async Task<Campaign> GetWithPartsAsync(Guid id, bool tracking)
    {
        var query = (await campaigns.GetQueryableAsync()).Include(c => c.Participants).Include(c => c.Themes).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id)
               ?? throw new EntityNotFoundException(typeof(Campaign), id);
    }
}
