using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Humanitarian.Framework.EntityFrameworkCore;

/// <summary>
/// What the framework needs of the application's one DbContext: its filter state (read by the query
/// filters at query time) and its sets. The host's unified context implements it.
/// </summary>
public interface IAbpEfCoreDbContext
{
    Guid? CurrentTenantId { get; }

    /// <summary>The closed tenants whose inheritable records the current tenant reads (its predecessors).</summary>
    IReadOnlyList<Guid> InheritedTenantIds { get; }

    /// <summary>Whether <see cref="InheritedTenantIds"/> has any: a switch of the filters, sent as a constant.</summary>
    bool InheritsRecords { get; }
    bool IsMultiTenantFilterEnabled { get; }
    bool IsSoftDeleteFilterEnabled { get; }

    DbSet<TEntity> Set<TEntity>() where TEntity : class;
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;
    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
