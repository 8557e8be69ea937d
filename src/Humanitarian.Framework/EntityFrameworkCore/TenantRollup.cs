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
}
