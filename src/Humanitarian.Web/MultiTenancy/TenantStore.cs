using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>
/// Every request resolves its tenant, so the (small) tenant table is cached whole and dropped from
/// the cache whenever tenant management changes it.
/// </summary>
public sealed class TenantStore(HumanitarianDbContext dbContext, IMemoryCache cache) : ITenantStore, IScopedDependency
{
    private const string CacheKey = "tenants:all";

    public async Task<TenantConfiguration?> FindAsync(string name)
    {
        var normalized = name.Trim().ToUpperInvariant();
        return (await GetAllAsync()).FirstOrDefault(t => t.Name.ToUpperInvariant() == normalized);
    }

    public async Task<TenantConfiguration?> FindAsync(Guid id) => (await GetAllAsync()).FirstOrDefault(t => t.Id == id);

    public async Task<IReadOnlyList<TenantConfiguration>> GetDescendantsAsync(Guid tenantId)
    {
        var all = await GetAllAsync();
        var result = new List<TenantConfiguration>();
        var frontier = new Queue<Guid>([tenantId]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in all.Where(t => t.ParentId == parent && result.All(r => r.Id != t.Id)))
            {
                result.Add(child);
                frontier.Enqueue(child.Id);
            }
        }
        return result;
    }

    public async Task<IReadOnlyList<TenantConfiguration>> GetAllAsync()
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyList<TenantConfiguration>? cached) && cached is not null)
        {
            return cached;
        }
        var tenants = await dbContext.Tenants.AsNoTracking().ToListAsync();
        var closedBySuccessor = tenants.Where(t => t.SuccessorId.HasValue).ToLookup(t => t.SuccessorId!.Value, t => t.Id);
        IReadOnlyList<TenantConfiguration> all = tenants
            .Select(t => t.ToConfiguration(Predecessors(t.Id, closedBySuccessor))).ToList();
        cache.Set(CacheKey, all, TimeSpan.FromMinutes(1));
        return all;
    }

    public void Invalidate() => cache.Remove(CacheKey);

    /// <summary>The closed tenants <paramref name="heirId"/> succeeded, and theirs in turn (merges chain).</summary>
    private static List<Guid> Predecessors(Guid heirId, ILookup<Guid, Guid> closedBySuccessor)
    {
        var result = new List<Guid>();
        var frontier = new Queue<Guid>([heirId]);
        while (frontier.TryDequeue(out var heir))
        {
            foreach (var closed in closedBySuccessor[heir].Where(id => id != heirId && !result.Contains(id)))
            {
                result.Add(closed);
                frontier.Enqueue(closed);
            }
        }
        return result;
    }
}
