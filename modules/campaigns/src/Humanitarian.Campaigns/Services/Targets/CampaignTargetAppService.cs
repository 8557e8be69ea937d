using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Targets;

/// <summary>A campaign's targets at <c>/api/app/campaign-target</c>, each with its figure measured now.</summary>
[Authorize(CampaignsPermissions.Default)]
public sealed class CampaignTargetAppService(
    IRepository<CampaignTarget, Guid> targets,
    IRepository<Campaign, Guid> campaigns,
    TargetMeasurer measurer,
    InheritedRecords inheritedRecords) : ApplicationService, ICampaignTargetAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(CampaignTarget.Name), ["metric"] = nameof(CampaignTarget.Metric), ["year"] = nameof(CampaignTarget.Year),
        ["creationTime"] = nameof(CampaignTarget.CreationTime),
    };

    public async Task<PagedResultDto<CampaignTargetDto>> GetListAsync(CampaignTargetListInput input)
    {
        var query = (await targets.GetQueryableAsync()).AsNoTracking();
        if (input.CampaignId is { } campaignId)
        {
            query = query.Where(t => t.CampaignId == campaignId);
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "creationTime", Sortable).PageBy(input).ToListAsync();
        // The page's campaigns once each; each target is then measured on its own.
        var campaignIds = page.Select(t => t.CampaignId).Distinct().ToList();
        var pageCampaigns = await (await campaigns.GetQueryableAsync()).AsNoTracking().Include(c => c.Participants)
            .Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var items = new List<CampaignTargetDto>();
        foreach (var target in page)
        {
            items.Add(await MeasuredAsync(target, pageCampaigns[target.CampaignId]));
        }
        return new PagedResultDto<CampaignTargetDto>(total, items);
    }

    public async Task<CampaignTargetDto> GetAsync(Guid id)
    {
        var target = await targets.GetAsync(id);
        return await MeasuredAsync(target, await GetCampaignAsync(target.CampaignId));
    }

    [Authorize(CampaignsPermissions.Campaigns.Update)]
    public async Task<CampaignTargetDto> CreateAsync(CreateCampaignTargetDto input)
    {
        var campaign = await GetCampaignAsync(input.CampaignId!.Value, "campaignId");
        inheritedRecords.CheckOwned(campaign);
        if (input.Year is { } year && campaign.OccurrenceOf(year) is null && !campaign.RunsIn(year))
        {
            throw new BusinessException(CampaignsErrorCodes.YearOutsideCampaign).WithData("year", year).WithMember("year");
        }
        var target = new CampaignTarget(Guid.NewGuid(), campaign.Id, input.Name, input.Metric!.Value, input.Goal!.Value,
            input.ActivityKind, input.Year);
        await targets.InsertAsync(target, autoSave: true);
        return await MeasuredAsync(target, campaign);
    }

    [Authorize(CampaignsPermissions.Campaigns.Update)]
    public async Task<CampaignTargetDto> UpdateAsync(Guid id, UpdateCampaignTargetDto input)
    {
        var target = await targets.GetAsync(id);
        inheritedRecords.CheckOwned(target);
        if (input.ConcurrencyStamp is not null)
        {
            target.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        target.Change(input.Name, input.Goal!.Value);
        await targets.UpdateAsync(target, autoSave: true);
        return await MeasuredAsync(target, await GetCampaignAsync(target.CampaignId));
    }

    [Authorize(CampaignsPermissions.Campaigns.Update)]
    public async Task DeleteAsync(Guid id)
    {
        var target = await targets.GetAsync(id);
        inheritedRecords.CheckOwned(target);
        await targets.DeleteAsync(target);
    }

    private async Task<CampaignTargetDto> MeasuredAsync(CampaignTarget target, Campaign campaign)
    {
        var actual = await measurer.MeasureAsync(campaign, target);
        return target.ToDto(actual);
    }

    /// <param name="member">The input's field when the campaign comes from it: a 400 naming it rather than a 404.</param>
    private async Task<Campaign> GetCampaignAsync(Guid id, string? member = null)
    {
        var campaign = await (await campaigns.GetQueryableAsync()).AsNoTracking().Include(c => c.Participants)
            .FirstOrDefaultAsync(c => c.Id == id);
        return campaign ?? throw (member is null
            ? new EntityNotFoundException(typeof(Campaign), id)
            : new BusinessException(CampaignsErrorCodes.UnknownCampaign).WithData("id", id).WithMember(member));
    }
}
