using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Data;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Seeding;

/// <summary>Default roles and their grants everywhere; the host's <c>admin</c> user on the host side.</summary>
public sealed class HostDataSeedContributor(TenantProvisioner provisioner, IOptions<DemoDataOptions> options)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context)
    {
        await provisioner.EnsureRolesAsync(context.TenantId);
        if (context.TenantId is null)
        {
            await provisioner.EnsureUserAsync(null, DefaultRoleNames.Admin, "admin@humanitarian.local",
                options.Value.AdminPassword, null, DefaultRoleNames.Admin);
        }
    }
}
