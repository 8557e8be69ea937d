using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Humanitarian.Framework.Authorization;

/// <summary>Reads and writes the grants of roles and users of the current tenant, cached per tenant, provider and key.</summary>
public sealed class PermissionStore(
    IAbpEfCoreDbContext dbContext, ICurrentTenant currentTenant, IMemoryCache cache,
    PermissionDefinitionManager definitions) : IScopedDependency
{
    public Task<IReadOnlySet<string>> GetRoleGrantsAsync(string roleName) => GetGrantsAsync(PermissionGrant.RoleProvider, roleName);

    public Task<IReadOnlySet<string>> GetUserGrantsAsync(Guid userId) => GetGrantsAsync(PermissionGrant.UserProvider, UserKey(userId));

    public Task SetRoleGrantsAsync(string roleName, IEnumerable<(string Name, bool IsGranted)> changes) =>
        SetGrantsAsync(PermissionGrant.RoleProvider, roleName, changes);

    public Task SetUserGrantsAsync(Guid userId, IEnumerable<(string Name, bool IsGranted)> changes) =>
        SetGrantsAsync(PermissionGrant.UserProvider, UserKey(userId), changes);

    /// <summary>A user's grants are keyed by the id in ABP's form (lower case, with hyphens).</summary>
    public static string UserKey(Guid userId) => userId.ToString("D");

    private async Task<IReadOnlySet<string>> GetGrantsAsync(string providerName, string providerKey)
    {
        var key = CacheKey(currentTenant.Id, providerName, providerKey);
        if (cache.TryGetValue(key, out IReadOnlySet<string>? cached) && cached is not null)
        {
            return cached;
        }
        var names = await dbContext.Set<PermissionGrant>().AsNoTracking()
            .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey)
            .Select(g => g.Name).ToListAsync();
        IReadOnlySet<string> set = names.ToHashSet(StringComparer.Ordinal);
        cache.Set(key, set, TimeSpan.FromMinutes(1));
        return set;
    }

    /// <summary>Grants or revokes for a role or user of the current tenant; saved with the unit of work.</summary>
    private async Task SetGrantsAsync(string providerName, string providerKey, IEnumerable<(string Name, bool IsGranted)> changes)
    {
        var existing = await dbContext.Set<PermissionGrant>()
            .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey)
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
                var added = new PermissionGrant
                {
                    Name = name, ProviderName = providerName, ProviderKey = providerKey, TenantId = currentTenant.Id,
                };
                dbContext.Set<PermissionGrant>().Add(added);
                existing.Add(added);
            }
            else if (!isGranted && grant is not null)
            {
                dbContext.Set<PermissionGrant>().Remove(grant);
                existing.Remove(grant);
            }
        }
        cache.Remove(CacheKey(currentTenant.Id, providerName, providerKey));
    }

    private static string CacheKey(Guid? tenantId, string providerName, string providerKey) =>
        $"grants:{tenantId}:{providerName}:{providerKey}";
}
