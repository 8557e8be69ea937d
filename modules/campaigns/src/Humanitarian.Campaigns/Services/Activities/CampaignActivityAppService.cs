using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services.Campaigns;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Campaigns.Services.Activities;

/// <summary>
/// What units did for a campaign, at <c>/api/app/campaign-activity</c>: a unit officer records and sees
/// the activities of their subtree's units. They feed the activity targets.
/// </summary>
[Authorize(CampaignsPermissions.Activities.Default)]
public sealed partial class CampaignActivityAppService(
    IRepository<CampaignActivity, Guid> activities,
    IRepository<Campaign, Guid> campaigns,
    IRepository<ActivityAttachmentContent, Guid> attachmentContents,
    CampaignManager manager,
    IUnitScope unitScope,
    IUnitLookup units,
    InheritedRecords inheritedRecords,
    AttachmentUploads uploads,
    IOptions<CampaignsOptions> options,
    TimeProvider clock,
    IStringLocalizer<CampaignsResource> l) : ApplicationService, ICampaignActivityAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["date"] = nameof(CampaignActivity.Date), ["title"] = nameof(CampaignActivity.Title), ["kind"] = nameof(CampaignActivity.Kind),
        ["creationTime"] = nameof(CampaignActivity.CreationTime),
    };

    public async Task<PagedResultDto<CampaignActivityDto>> GetListAsync(CampaignActivityListInput input)
    {
        var query = await FilteredAsync(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "date desc, title", Sortable).PageBy(input)
            .Include(a => a.Attachments).AsSplitQuery().ToListAsync();
        var names = await units.GetNamesAsync(page.Select(a => a.UnitId));
        return new PagedResultDto<CampaignActivityDto>(total, page.Select(a => a.ToDto(names.GetValueOrDefault(a.UnitId))).ToList());
    }

    /// <summary>The list's rows with its filters, every page, as a sheet: with each activity's campaign and run, for a report upwards.</summary>
    [HttpGet("api/app/campaign-activity/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] CampaignActivityListInput input)
    {
        var rows = await (await FilteredAsync(input)).ApplySorting(input.Sorting, "date desc, title", Sortable)
            .Include(a => a.Attachments).AsSplitQuery().ToListAsync();
        var names = await units.GetNamesAsync(rows.Select(a => a.UnitId));
        var campaignIds = rows.Select(a => a.CampaignId).Distinct().ToList();
        var ofRows = await (await campaigns.GetQueryableAsync()).AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        return CampaignActivityExcel.Write(rows.Select(a =>
        {
            var campaign = ofRows[a.CampaignId];
            return new CampaignActivityExcel.Row(a.ToDto(names.GetValueOrDefault(a.UnitId)), campaign.Name, campaign.RunOfDay(a.Date));
        }), l, VietnamCalendar.Today(clock));
    }

    public async Task<CampaignActivityDto> GetAsync(Guid id) => await ToDtoAsync(await GetVisibleAsync(id, tracking: false));

    [Authorize(CampaignsPermissions.Activities.Create)]
    public async Task<CampaignActivityDto> CreateAsync(CreateCampaignActivityDto input)
    {
        var campaign = await CheckAsync(input);
        var activity = new CampaignActivity(Guid.NewGuid(), campaign.Id, input.UnitId!.Value);
        Describe(activity, input);
        await activities.InsertAsync(activity, autoSave: true);
        return await ToDtoAsync(activity);
    }

    /// <summary>The campaign stays; the unit, date and the rest may be corrected.</summary>
    [Authorize(CampaignsPermissions.Activities.Update)]
    public async Task<CampaignActivityDto> UpdateAsync(Guid id, UpdateCampaignActivityDto input)
    {
        var activity = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(activity);
        input.CampaignId = activity.CampaignId;
        await CheckAsync(input);
        if (input.ConcurrencyStamp is not null)
        {
            activity.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        activity.MoveTo(input.UnitId!.Value);
        Describe(activity, input);
        await activities.UpdateAsync(activity, autoSave: true);
        return await ToDtoAsync(activity);
    }

    [Authorize(CampaignsPermissions.Activities.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var activity = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(activity);
        await activities.DeleteAsync(activity);
    }

    /// <summary>The campaign is the tenant's and running, the date one of its days, the unit the tenant's and in the caller's scope.</summary>
    private async Task<Campaign> CheckAsync(CreateCampaignActivityDto input)
    {
        var campaign = await (await campaigns.GetQueryableAsync()).AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.CampaignId)
                       ?? throw new BusinessException(CampaignsErrorCodes.UnknownCampaign).WithData("id", input.CampaignId!.Value)
                           .WithMember("campaignId");
        inheritedRecords.CheckOwned(campaign);
        campaign.CheckOpen();
        campaign.CheckActivityDate(input.Date!.Value);
        await manager.EnsureUnitsExistAsync([input.UnitId!.Value], "unitId");
        await manager.EnsureInScopeAsync(input.UnitId.Value);
        return campaign;
    }

    private static void Describe(CampaignActivity activity, CreateCampaignActivityDto input) =>
        activity.Describe(input.Kind!.Value, input.Date!.Value, input.Title, input.Place, input.Participants, input.AmountRaised, input.Note);

    private async Task<CampaignActivityDto> ToDtoAsync(CampaignActivity activity) =>
        activity.ToDto((await units.GetNamesAsync([activity.UnitId])).GetValueOrDefault(activity.UnitId));

    private async Task<IQueryable<CampaignActivity>> FilteredAsync(CampaignActivityListInput input)
    {
        var query = await VisibleAsync();
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            query = query.Where(a => a.NormalizedTitle.Contains(filter));
        }
        if (input.CampaignId is { } campaignId)
        {
            query = query.Where(a => a.CampaignId == campaignId);
        }
        if (input.UnitId is { } unitId)
        {
            query = query.Where(a => a.UnitId == unitId);
        }
        if (input.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }
        return query;
    }

    private async Task<IQueryable<CampaignActivity>> VisibleAsync()
    {
        var query = (await activities.GetQueryableAsync()).AsNoTracking();
        return await unitScope.GetVisibleUnitIdsAsync() is { } visible ? query.Where(a => visible.Contains(a.UnitId)) : query;
    }

    private async Task<CampaignActivity> GetVisibleAsync(Guid id, bool tracking)
    {
        var query = await VisibleAsync();
        return await (tracking ? query.AsTracking() : query).Include(a => a.Attachments).FirstOrDefaultAsync(a => a.Id == id)
               ?? throw new EntityNotFoundException(typeof(CampaignActivity), id);
    }
}
