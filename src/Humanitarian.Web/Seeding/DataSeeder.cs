using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Humanitarian.Web.MultiTenancy;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Seeding;

/// <summary>
/// Seeds the host, then every tenant, with every module's contributors (ABP's IDataSeeder); demo
/// tenants and users first when demo data is on. Each step is idempotent, so every start runs it.
/// </summary>
public sealed class DataSeeder(
    IEnumerable<IDataSeedContributor> contributors, DemoTenantSeeder demo, TenantStore tenantStore,
    HumanitarianDbContext dbContext, ICurrentTenant currentTenant, IOptions<DemoDataOptions> options,
    IConfiguration configuration) : ITransientDependency
{
    public bool DemoEnabled => options.Value.IsEnabled(configuration);

    /// <returns>The demo tenants one can sign in to (none when demo data is off).</returns>
    public async Task<IReadOnlyList<string>> SeedAsync()
    {
        var signInTo = new List<string>();
        var demoTenants = DemoEnabled ? await demo.SeedTenantsAsync() : [];
        await RunContributorsAsync(null);
        var demoHash = DemoEnabled ? demo.HashDemoPassword() : null;
        // A merged or dissolved tenant is history: seeding it again would re-create, in the closed
        // tenant, the demo users and units that moved to its heir.
        foreach (var tenant in (await tenantStore.GetAllAsync()).Where(t => !t.IsClosed))
        {
            await RunContributorsAsync(tenant.Id);
            // Only the demo tenants get demo users: a tenant an admin created keeps just its admin.
            if (demoHash is not null && demoTenants.Contains(tenant.Name))
            {
                await demo.SeedUsersAsync(tenant.Id, tenant.Name, demoHash);
                await dbContext.SaveChangesAsync();
                signInTo.Add(tenant.Name);
            }
        }
        return signInTo;
    }

    /// <summary>By <see cref="IDataSeedContributor.Order"/>; registration order among equals.</summary>
    public static IEnumerable<IDataSeedContributor> InOrder(IEnumerable<IDataSeedContributor> contributors) =>
        contributors.OrderBy(c => c.Order);

    private async Task RunContributorsAsync(Guid? tenantId)
    {
        using (currentTenant.Change(tenantId))
        {
            foreach (var contributor in InOrder(contributors))
            {
                await contributor.SeedAsync(new DataSeedContext(tenantId));
            }
            await dbContext.SaveChangesAsync();
        }
    }
}
