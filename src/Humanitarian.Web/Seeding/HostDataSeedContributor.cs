using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Data;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Seeding;

/// <summary>Default roles and their grants everywhere; the host's <c>admin</c> user on the host side.</summary>
public sealed class HostDataSeedContributor(
    TenantProvisioner provisioner, DemoUserNames userNames, IOptions<DemoDataOptions> options, IConfiguration configuration)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context)
    {
        await provisioner.EnsureRolesAsync(context.TenantId);
        if (context.TenantId is null)
        {
            // A real deployment's admin is named by its owner; only the demo's gets a demo person's name.
            var name = options.Value.IsEnabled(configuration)
                ? (await userNames.ReadAsync(DemoUserNames.Host)).GetValueOrDefault(DefaultRoleNames.Admin)
                : null;
            await provisioner.EnsureUserAsync(null, DefaultRoleNames.Admin, name, "admin@humanitarian.local",
                options.Value.AdminPassword, null, DefaultRoleNames.Admin);
        }
    }
}
