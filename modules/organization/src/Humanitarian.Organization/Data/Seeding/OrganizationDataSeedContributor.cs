using Humanitarian.Framework.Data;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Data.Seeding;

/// <summary>
/// Demo areas, units with contacts, documents and committees for each demo tenant from
/// <c>seeds/&lt;tenant&gt;/</c>, and the national documents from <c>seeds/host/</c>. Runs at every start:
/// each kind is seeded only into a tenant that has none yet (deleted ones included), so an admin's
/// edits and deletions stay.
/// </summary>
public sealed class OrganizationDataSeedContributor(
    DemoSeedFiles files,
    ITenantStore tenantStore,
    ICurrentTenant currentTenant,
    AdministrativeAreaSeeder areas,
    UnitSeeder units,
    DocumentSeeder documents,
    CommitteeSeeder committees) : IDataSeedContributor
{
    /// <summary>After the host's roles and settings; before the modules whose demo data names units.</summary>
    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context)
    {
        if (!files.IsEnabled)
        {
            return;
        }
        if (context.TenantId is not { } tenantId)
        {
            await documents.SeedAsync(files.FolderOf("host"));
        }
        else if (await tenantStore.FindAsync(tenantId) is { } tenant)
        {
            await SeedTenantAsync(tenant, []);
        }
    }

    /// <summary>Ancestors first, whatever order tenants come in: a district's documents cite its province's.</summary>
    private async Task SeedTenantAsync(TenantConfiguration tenant, HashSet<Guid> seen)
    {
        if (!seen.Add(tenant.Id))
        {
            return;
        }
        if (tenant.ParentId is { } parentId && await tenantStore.FindAsync(parentId) is { } parent)
        {
            await SeedTenantAsync(parent, seen);
        }
        var folder = files.FolderOf(tenant.Name);
        if (!Directory.Exists(folder))
        {
            return;
        }
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            await areas.SeedAsync(folder);
            await units.SeedAsync(folder);
            await documents.SeedAsync(folder);
            await committees.SeedAsync(folder);
        }
    }
}
