using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Services.Campaigns;

public sealed class CampaignLookup(IRepository<Campaign, Guid> campaigns) : ICampaignLookup, ITransientDependency
{
    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> campaignIds)
    {
        var ids = campaignIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await (await campaigns.GetQueryableAsync()).AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name);
    }
}
