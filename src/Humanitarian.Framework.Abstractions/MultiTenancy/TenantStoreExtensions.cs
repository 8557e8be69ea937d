using Humanitarian.Framework.Domain;

namespace Humanitarian.Framework.MultiTenancy;

public static class TenantStoreExtensions
{
    /// <summary>
    /// The tenant a public URL names (a needs catalogue, a fund's statement): one that does not exist and one
    /// that is closed both answer 404, so that neither can be told from the other. The caller switches to it
    /// with <see cref="ICurrentTenant.Change"/> in its own body: a tenant set inside an async method is lost
    /// when that method returns.
    /// </summary>
    public static async Task<TenantConfiguration> GetActiveAsync(this ITenantStore tenants, string name) =>
        await tenants.FindAsync(name) is { IsActive: true } tenant
            ? tenant
            : throw new EntityNotFoundException(typeof(TenantConfiguration), name);
}
