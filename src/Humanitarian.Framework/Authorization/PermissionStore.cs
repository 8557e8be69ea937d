using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Humanitarian.Framework.Authorization;

/// <summary>Reads and writes role grants of the current tenant, cached per tenant and role.</summary>
public sealed class PermissionStore(
    IAbpEfCoreDbContext dbContext, ICurrentTenant currentTenant, IMemoryCache cache,
    PermissionDefinitionManager definitions) : IScopedDependency
{
    public async Task<IReadOnlySet<string>> GetRoleGrantsAsync(string roleName)
    {
        var key = CacheKey(currentTenant.Id, roleName);
        if (cache.TryGetValue(key, out IReadOnlySet<string>? cached) && cached is not null)
        {
            return cached;
        }
        var names = await dbContext.Set<PermissionGrant>().AsNoTracking()
            .Where(g => g.ProviderName == PermissionGrant.RoleProvider && g.ProviderKey == roleName)
            .Select(g => g.Name).ToListAsync();
        IReadOnlySet<string> set = names.ToHashSet(StringComparer.Ordinal);
        cache.Set(key, set, TimeSpan.FromMinutes(1));
        return set;
    }

    /// <summary>Grants or revokes for a role of the current tenant; saved with the unit of work.</summary>
    public async Task SetRoleGrantsAsync(string roleName, IEnumerable<(string Name, bool IsGranted)> changes)
    {
        var existing = await dbContext.Set<PermissionGrant>()
            .Where(g => g.ProviderName == PermissionGrant.RoleProvider && g.ProviderKey == roleName)
            .ToListAsync();
        foreach (var (name, isGranted) in changes)
        {
            if (definitions.GetOrNull(name) is null)
            {
                throw new ArgumentException($"Undefined permission: {name}", nameof(changes));
            }
            var grant = existing.Find(g => g.Name == name);
            if (isGranted && grant is null)
            {
                var added = new PermissionGrant { Name = name, ProviderKey = roleName, TenantId = currentTenant.Id };
                dbContext.Set<PermissionGrant>().Add(added);
                existing.Add(added);
            }
            else if (!isGranted && grant is not null)
            {
                dbContext.Set<PermissionGrant>().Remove(grant);
                existing.Remove(grant);
            }
        }
        cache.Remove(CacheKey(currentTenant.Id, roleName));
    }

    private static string CacheKey(Guid? tenantId, string roleName) => $"grants:{tenantId}:{roleName}";
}
