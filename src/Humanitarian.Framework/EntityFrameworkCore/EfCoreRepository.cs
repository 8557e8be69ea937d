using System.Linq.Expressions;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.EntityFrameworkCore;

/// <summary>The generic repository over the application's one DbContext (registered open-generic).</summary>
public sealed class EfCoreRepository<TEntity, TKey>(IAbpEfCoreDbContext dbContext) : IRepository<TEntity, TKey>
    where TEntity : class, IEntity<TKey>
{
    private DbSet<TEntity> Set => dbContext.Set<TEntity>();

    public Task<IQueryable<TEntity>> GetQueryableAsync() => Task.FromResult<IQueryable<TEntity>>(Set);

    public async Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(TEntity), id);

    public Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default) =>
        // A query, not DbSet.FindAsync: Find skips the query filters for already-tracked entities.
        Set.FirstOrDefaultAsync(IdEquals(id), cancellationToken);

    public async Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        await Set.AddAsync(entity, cancellationToken);
        await SaveIf(autoSave, cancellationToken);
        return entity;
    }

    public async Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        if (dbContext.Entry(entity).State == EntityState.Detached)
        {
            Set.Update(entity);
        }
        await SaveIf(autoSave, cancellationToken);
        return entity;
    }

    public async Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        Set.Remove(entity);
        await SaveIf(autoSave, cancellationToken);
    }

    private static Expression<Func<TEntity, bool>> IdEquals(TKey id)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        // A member of a constant object becomes a query parameter, so plans are cached across ids.
        var value = Expression.Property(Expression.Constant(new KeyHolder(id)), nameof(KeyHolder.Value));
        return Expression.Lambda<Func<TEntity, bool>>(
            Expression.Equal(Expression.Property(entity, nameof(IEntity<TKey>.Id)), value), entity);
    }

    private sealed record KeyHolder(TKey Value);

    private Task SaveIf(bool autoSave, CancellationToken cancellationToken) =>
        autoSave ? dbContext.SaveChangesAsync(cancellationToken) : Task.CompletedTask;
}
