namespace Humanitarian.Organization.Services;

/// <summary>Walks a parent/child tree stored as parent ids (units, areas, committees).</summary>
internal static class Hierarchy
{
    /// <summary>
    /// <paramref name="rootId"/> and everything below it, with one query per level (trees here are a few
    /// levels deep). A node seen twice is not walked again, so even a corrupt cycle ends.
    /// </summary>
    /// <param name="childrenOf">The ids of the direct children of the given parents.</param>
    public static async Task<HashSet<Guid>> GetSubtreeAsync(Guid rootId, Func<List<Guid>, Task<List<Guid>>> childrenOf)
    {
        var subtree = new HashSet<Guid> { rootId };
        var level = new List<Guid> { rootId };
        while (level.Count > 0)
        {
            level = (await childrenOf(level)).Where(subtree.Add).ToList();
        }
        return subtree;
    }
}
