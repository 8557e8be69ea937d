using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Campaigns;

/// <summary>A unit that campaigns are addressed to, or that has tasks or activities, stays: the campaigns' history names it.</summary>
public sealed class CampaignUnitReferenceChecker(
    IRepository<Campaign, Guid> campaigns,
    IRepository<TaskAssignment, Guid> tasks,
    IRepository<CampaignActivity, Guid> activities,
    IStringLocalizer<CampaignsResource> l) : IUnitReferenceChecker, ITransientDependency
{
    public async Task<string?> GetBlockingReasonAsync(Guid unitId)
    {
        var count = await (await campaigns.GetQueryableAsync()).SelectMany(c => c.Participants).CountAsync(p => p.UnitId == unitId)
                    + await (await tasks.GetQueryableAsync()).CountAsync(t => t.UnitId == unitId)
                    + await (await activities.GetQueryableAsync()).CountAsync(a => a.UnitId == unitId);
        return count > 0 ? l["UnitReferencedByCampaigns", count].Value : null;
    }
}
