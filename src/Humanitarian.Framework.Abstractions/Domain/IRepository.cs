namespace Humanitarian.Framework.Domain;

/// <summary>
/// ABP's generic repository: queries pass through the tenant and soft-delete filters; writes are
/// saved by the unit of work at the end of the request (or at once with <c>autoSave</c>).
/// </summary>
public interface IRepository<TEntity, TKey> where TEntity : class, IEntity<TKey>
{
    Task<IQueryable<TEntity>> GetQueryableAsync();

    /// <summary>The entity, or <see cref="EntityNotFoundException"/> (404) when it is missing or filtered out.</summary>
    Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default);

    Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default);

    Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);
}
