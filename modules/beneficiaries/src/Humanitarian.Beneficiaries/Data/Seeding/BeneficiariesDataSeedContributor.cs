using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Data.Seeding;

/// <summary>
/// The demo humanitarian addresses of <c>seeds/&lt;tenant&gt;/addresses.json</c>, with sponsorships and
/// deliveries, so the campaign's targets show real figures. Runs at every start after Organization's
/// seeding (it names units): only a tenant with no address yet, deleted ones included, gets them.
/// </summary>
public sealed class BeneficiariesDataSeedContributor(
    DemoSeedFiles files, ITenantStore tenantStore, IRepository<HumanitarianAddress, Guid> addresses, IDataFilter dataFilter, AddressSeeder seeder)
    : IDataSeedContributor
{
    /// <summary>After Organization's seeding, whose units the addresses name.</summary>
    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context)
    {
        if (!files.IsEnabled || context.TenantId is not { } tenantId || await tenantStore.FindAsync(tenantId) is not { } tenant)
        {
            return;
        }
        var rows = await files.ReadAsync<AddressSeed>(tenant.Name, "addresses.json");
        if (rows.Count > 0 && !await HasAnyAsync())
        {
            await seeder.SeedAsync(rows);
        }
    }

    private async Task<bool> HasAnyAsync()
    {
        using (dataFilter.Disable<ISoftDelete>())
        {
            return await (await addresses.GetQueryableAsync()).AnyAsync();
        }
    }
}
