using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Data.Seeding;

/// <summary>
/// The demo campaigns of <c>seeds/&lt;tenant&gt;/campaigns.json</c>, with their targets, tasks in every state of
/// the report workflow, and activities. Runs at every start after Organization's seeding (it names that
/// module's units, committees and documents): only a tenant with no campaign yet, deleted ones included,
/// gets them, so an admin's edits and deletions stay.
/// </summary>
public sealed class CampaignDataSeedContributor(
    DemoSeedFiles files, ITenantStore tenantStore, IRepository<Campaign, Guid> campaigns, IDataFilter dataFilter, CampaignSeeder seeder)
    : IDataSeedContributor
{
    /// <summary>After Organization's seeding, whose units, committees and documents the demo campaigns name.</summary>
    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context)
    {
        if (!files.IsEnabled || context.TenantId is not { } tenantId || await tenantStore.FindAsync(tenantId) is not { } tenant)
        {
            return;
        }
        var rows = await files.ReadAsync<CampaignSeed>(tenant.Name, "campaigns.json");
        if (rows.Count == 0 || await HasAnyAsync())
        {
            return;
        }
        foreach (var row in rows)
        {
            await seeder.SeedAsync(row);
        }
    }

    private async Task<bool> HasAnyAsync()
    {
        using (dataFilter.Disable<ISoftDelete>())
        {
            return await (await campaigns.GetQueryableAsync()).AnyAsync();
        }
    }
}
