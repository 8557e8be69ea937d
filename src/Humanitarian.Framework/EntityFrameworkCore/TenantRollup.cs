using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Framework.EntityFrameworkCore;

/// <summary>
/// The one sanctioned way for a parent tenant to look below itself: the tenant filter is lifted only
/// for the parent's known descendants, and only for the duration of an aggregate query.
/// </summary>
public sealed class TenantRollup(IAbpEfCoreDbContext dbContext, IDataFilter dataFilter, ITenantStore tenantStore)
    : ITransientDependency
{
    /// <summary>
    /// Runs <paramref name="aggregate"/> over <typeparamref name="TEntity"/> rows of the descendants of
    /// <paramref name="parentTenantId"/>. Return counts and sums, never rows: a parent sees aggregates only.
    /// </summary>
    public async Task<TResult> AggregateAsync<TEntity, TResult>(
        Guid parentTenantId, Func<IQueryable<TEntity>, IReadOnlyList<Guid>, Task<TResult>> aggregate)
        where TEntity : class, IMultiTenant
    {
        var descendants = (await tenantStore.GetDescendantsAsync(parentTenantId)).Select(t => t.Id).ToList();
        using (dataFilter.Disable<IMultiTenant>())
        {
            var rows = dbContext.Set<TEntity>()
                .Where(e => e.TenantId.HasValue && descendants.Contains(e.TenantId.Value));
            return await aggregate(rows, descendants);
        }
    }

    /// <summary>
    /// One figure per open child of <paramref name="parentTenantId"/> (for the host, per top-level tenant),
    /// each over the child's whole subtree: <paramref name="perTenant"/> counts the rows of every descendant
    /// by owning tenant, in the database; <paramref name="combine"/> adds up a subtree's counts.
    /// </summary>
    public async Task<IReadOnlyList<(TenantConfiguration Child, TResult Figure)>> PerChildAsync<TEntity, TResult>(
        Guid? parentTenantId,
        Func<IQueryable<TEntity>, Task<IReadOnlyDictionary<Guid, TResult>>> perTenant,
        Func<IEnumerable<TResult>, TResult> combine)
        where TEntity : class, IMultiTenant
    {
        var all = await tenantStore.GetAllAsync();
        var children = all.Where(t => t.ParentId == parentTenantId && !t.IsClosed).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ToList();
        IReadOnlyDictionary<Guid, TResult> counts;
        using (dataFilter.Disable<IMultiTenant>())
        {
            // The host's children are every tenant's ancestors: all tenants' rows, no list of ids to send.
            var rows = dbContext.Set<TEntity>().Where(e => e.TenantId.HasValue);
            if (parentTenantId is { } parent)
            {
                var below = (await tenantStore.GetDescendantsAsync(parent)).Select(t => t.Id).ToList();
                rows = rows.Where(e => below.Contains(e.TenantId!.Value));
            }
            counts = await perTenant(rows);
        }
        var parentOf = all.ToDictionary(t => t.Id, t => t.ParentId);
        var byChild = counts.GroupBy(c => ChildOf(c.Key, parentTenantId, parentOf)).ToDictionary(g => g.Key, g => g.Select(c => c.Value));
        return children.Select(child => (child, combine(byChild.GetValueOrDefault(child.Id) ?? []))).ToList();
    }

    /// <summary>The ancestor of <paramref name="tenantId"/> (or itself) whose parent is <paramref name="parentTenantId"/>.</summary>
    private static Guid ChildOf(Guid tenantId, Guid? parentTenantId, IReadOnlyDictionary<Guid, Guid?> parentOf)
    {
        var current = tenantId;
        for (var depth = 0; parentOf.GetValueOrDefault(current) is { } parent && parent != parentTenantId && depth < parentOf.Count; depth++)
        {
            current = parent;
        }
        return current;
    }
}
