using System.Globalization;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services.Targets;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Campaigns;

/// <summary>Campaigns at <c>/api/app/campaign</c>: the plan, its yearly runs and its progress.</summary>
[Authorize(CampaignsPermissions.Default)]
public sealed class CampaignAppService(
    IRepository<Campaign, Guid> campaigns,
    IRepository<TaskAssignment, Guid> tasks,
    IRepository<CampaignActivity, Guid> activities,
    IAbpEfCoreDbContext dbContext,
    CampaignManager manager,
    CampaignProgress progress,
    ReportingRates reportingRates,
    InheritedRecords inheritedRecords,
    TimeProvider clock,
    IStringLocalizer<CampaignsResource> l) : ApplicationService, ICampaignAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(Campaign.Name), ["kind"] = nameof(Campaign.Kind), ["status"] = nameof(Campaign.Status),
        ["startDate"] = nameof(Campaign.StartDate), ["endDate"] = nameof(Campaign.EndDate), ["creationTime"] = nameof(Campaign.CreationTime),
    };

    public async Task<PagedResultDto<CampaignDto>> GetListAsync(CampaignListInput input)
    {
        var query = await FilteredAsync(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "startDate desc, name", Sortable).PageBy(input)
            .Include(c => c.Participants).Include(c => c.LegalBasis).Include(c => c.Themes).AsSplitQuery().ToListAsync();
        var formerTenants = await inheritedRecords.GetFormerNamesAsync(page);
        return new PagedResultDto<CampaignDto>(total, page.Select(c => c.ToDto(formerTenants)).ToList());
    }

    /// <summary>The list with its filters, every page, as a sheet.</summary>
    [HttpGet("api/app/campaign/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] CampaignListInput input)
    {
        var rows = await (await FilteredAsync(input)).ApplySorting(input.Sorting, "startDate desc, name", Sortable)
            .Include(c => c.Participants).Include(c => c.Themes).AsSplitQuery().ToListAsync();
        var sheet = new ExcelExport(l["Excel:Sheet:Campaigns"])
            .Text(l["Excel:Campaign:Name"]).Text(l["Excel:Campaign:Kind"]).Text(l["Excel:Campaign:Status"]).Text(l["Excel:Campaign:Recurrence"])
            .Date(l["Excel:Campaign:StartDate"]).Date(l["Excel:Campaign:EndDate"]).Text(l["Excel:Campaign:Theme"])
            .Number(l["Excel:Campaign:Participants"]);
        foreach (var campaign in rows)
        {
            sheet.Add(campaign.Name, l["CampaignKind:" + campaign.Kind].Value, l["CampaignStatus:" + campaign.Status].Value,
                l["CampaignRecurrence:" + campaign.Recurrence].Value, campaign.StartDate, campaign.EndDate, campaign.ThemeOf(campaign.FirstYear),
                campaign.Participants.Count);
        }
        return sheet.ToFile(l["Excel:File:Campaigns", VietnamCalendar.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }

    /// <summary><c>filter</c> matches the name, case and marks folded; <c>year</c> keeps campaigns running that year.</summary>
    private async Task<IQueryable<Campaign>> FilteredAsync(CampaignListInput input)
    {
        var query = (await campaigns.GetQueryableAsync()).AsNoTracking();
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            query = query.Where(c => c.NormalizedName.Contains(filter));
        }
        if (input.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }
        if (input.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        if (input.Year is { } year)
        {
            // A recurring campaign runs every year from its first; its first run may start the year before (Tết).
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(c => c.StartDate <= last && (c.LastDay == null || c.LastDay >= first));
        }
        return query;
    }

    public async Task<CampaignDto> GetAsync(Guid id)
    {
        var campaign = await GetWithPartsAsync(id, tracking: false);
        return campaign.ToDto(await inheritedRecords.GetFormerNamesAsync([campaign]));
    }

    [Authorize(CampaignsPermissions.Campaigns.Create)]
    public async Task<CampaignDto> CreateAsync(CreateCampaignDto input)
    {
        await CheckReferencesAsync(input);
        var campaign = new Campaign(Guid.NewGuid(), input.Name, input.Kind!.Value, input.Recurrence, input.StartDate!.Value,
            input.EndDate!.Value, input.Status ?? CampaignStatus.Active);
        Apply(campaign, input);
        await campaigns.InsertAsync(campaign, autoSave: true);
        return campaign.ToDto(FormerTenantNames.None);
    }

    [Authorize(CampaignsPermissions.Campaigns.Update)]
    public async Task<CampaignDto> UpdateAsync(Guid id, UpdateCampaignDto input)
    {
        var campaign = await GetWithPartsAsync(id, tracking: true);
        inheritedRecords.CheckOwned(campaign);
        await CheckReferencesAsync(input);
        if (input.ConcurrencyStamp is not null)
        {
            campaign.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        campaign.Rename(input.Name);
        campaign.SetPeriod(input.Recurrence, input.StartDate!.Value, input.EndDate!.Value);
        if (input.Status is { } status)
        {
            campaign.ChangeStatus(status);
        }
        Apply(campaign, input);
        // Participants, legal basis and themes are rows of their own: the campaign counts as changed,
        // so its stamp is checked and renewed even when only they change.
        dbContext.Entry(campaign).State = EntityState.Modified;
        await campaigns.UpdateAsync(campaign, autoSave: true);
        return campaign.ToDto(FormerTenantNames.None);
    }

    /// <summary>Only a plan nothing was recorded under yet: tasks, reports and activities are the campaign's history.</summary>
    [Authorize(CampaignsPermissions.Campaigns.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var campaign = await campaigns.GetAsync(id);
        inheritedRecords.CheckOwned(campaign);
        if (await (await tasks.GetQueryableAsync()).AnyAsync(t => t.CampaignId == id)
            || await (await activities.GetQueryableAsync()).AnyAsync(a => a.CampaignId == id))
        {
            throw new BusinessException(CampaignsErrorCodes.CampaignHasRecords);
        }
        await campaigns.DeleteAsync(campaign);
    }

    public async Task<CampaignOccurrenceDto> GetOccurrenceAsync(Guid id, CampaignOccurrenceInput input)
    {
        var campaign = await GetWithPartsAsync(id, tracking: false);
        return (campaign.OccurrenceOf(input.Year!.Value) ?? throw YearOutside(input.Year.Value)).ToDto(campaign);
    }

    [Authorize(CampaignsPermissions.Campaigns.Update)]
    public async Task<CampaignOccurrenceDto> UpdateThemeAsync(Guid id, SetCampaignThemeDto input)
    {
        var campaign = await GetWithPartsAsync(id, tracking: true);
        inheritedRecords.CheckOwned(campaign);
        campaign.SetTheme(input.Year!.Value, input.Theme);
        dbContext.Entry(campaign).State = EntityState.Modified;
        await campaigns.UpdateAsync(campaign, autoSave: true);
        return campaign.OccurrenceOf(input.Year.Value)!.ToDto(campaign);
    }

    public async Task<CampaignProgressDto> GetProgressAsync(Guid id, CampaignProgressInput input)
    {
        var campaign = await GetWithPartsAsync(id, tracking: false);
        if (input.Year is { } year && campaign.OccurrenceOf(year) is null)
        {
            throw YearOutside(year);
        }
        return await progress.MeasureAsync(campaign, input.Year);
    }

    public async Task<ListResultDto<ChildReportingRateDto>> GetReportingRatesAsync(ReportingRateInput input) =>
        new(await reportingRates.GetAsync(input.Year!.Value, input.Kind));

    /// <summary>The children's reporting rates as a sheet, in the page's order, with their total.</summary>
    [HttpGet("api/app/campaign/reporting-rates/export-excel")]
    public async Task<IRemoteStreamContent> ExportReportingRatesExcelAsync([FromQuery] ReportingRateInput input)
    {
        var children = (await reportingRates.GetAsync(input.Year!.Value, input.Kind))
            .OrderBy(c => c.TenantName, StringComparer.CurrentCulture).ToList();
        return ReportingRatesExcel.Write(children, input.Year.Value, l);
    }

    private async Task CheckReferencesAsync(CreateCampaignDto input)
    {
        await manager.EnsureUnitsExistAsync(input.ParticipantUnitIds, "participantUnitIds");
        await manager.EnsureCommitteeExistsAsync(input.CommitteeId);
        await manager.EnsureCitableAsync(input.LegalBasisDocumentIds);
    }

    private static void Apply(Campaign campaign, CreateCampaignDto input)
    {
        campaign.Describe(input.Kind!.Value, input.Purposes, input.CommitteeId);
        campaign.SetParticipants(input.ParticipantUnitIds);
        campaign.SetLegalBasis(input.LegalBasisDocumentIds);
        campaign.SetTheme(campaign.FirstYear, input.Theme);
    }

    private static BusinessException YearOutside(int year) =>
        new BusinessException(CampaignsErrorCodes.YearOutsideCampaign).WithData("year", year).WithMember("year");

    private async Task<Campaign> GetWithPartsAsync(Guid id, bool tracking)
    {
        var query = (await campaigns.GetQueryableAsync()).Include(c => c.Participants).Include(c => c.LegalBasis)
            .Include(c => c.Themes).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id)
               ?? throw new EntityNotFoundException(typeof(Campaign), id);
    }
}
