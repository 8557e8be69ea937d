using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.Domain;

/// <summary>
/// The rules every tree of records keeps, written once: a parent exists (where the caller can see it)
/// and is neither the record itself nor one below it; and the walk down a subtree, for moving or
/// deleting it. Errors carry the caller's codes, so each tree speaks of its own records.
/// </summary>
public sealed class TreeRules<TEntity>(IRepository<TEntity, Guid> repository) where TEntity : class, IHasParent
{
    /// <summary>
    /// <paramref name="rootId"/> and everything below it, one query per level (trees here are a few levels
    /// deep). A record seen twice is not walked again, so even a corrupt cycle ends.
    /// </summary>
    public async Task<HashSet<Guid>> GetSubtreeAsync(Guid rootId)
    {
        var query = (await repository.GetQueryableAsync()).AsNoTracking();
        var subtree = new HashSet<Guid> { rootId };
        var level = new List<Guid> { rootId };
        while (level.Count > 0)
        {
            var parents = level;
            level = (await query.Where(e => e.ParentId != null && parents.Contains(e.ParentId.Value)).Select(e => e.Id).ToListAsync())
                .Where(subtree.Add).ToList();
        }
        return subtree;
    }

    /// <summary>Checks a record's new parent (none is fine) and returns it.</summary>
    /// <param name="recordId">The record being moved; null for a new one.</param>
    /// <param name="notFoundCode">The error code when there is no such parent in reach.</param>
    /// <param name="cycleCode">The error code when the parent is the record itself or lies below it.</param>
    public async Task<TEntity?> EnsureParentAsync(Guid? parentId, Guid? recordId, string notFoundCode, string cycleCode)
    {
        if (parentId is not { } id)
        {
            return null;
        }
        var parent = await repository.FindAsync(id)
                     ?? throw new BusinessException(notFoundCode).WithMember(nameof(IHasParent.ParentId));
        if (recordId is { } self && (await GetSubtreeAsync(self)).Contains(id))
        {
            throw new BusinessException(cycleCode).WithMember(nameof(IHasParent.ParentId));
        }
        return parent;
    }
}
