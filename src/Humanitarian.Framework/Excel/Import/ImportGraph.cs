namespace Humanitarian.Framework.Excel.Import;

/// <summary>Parent links between the records of an import file (each record has at most one parent).</summary>
public static class ImportGraph
{
    /// <summary>The cycles of the parent relation, each as its members in parent order. Linear in the node count.</summary>
    public static List<List<T>> FindCycles<T>(IEnumerable<T> nodes, Func<T, T?> parentOf) where T : class
    {
        const int OnPath = 1, Done = 2;
        var state = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
        var cycles = new List<List<T>>();
        foreach (var start in nodes)
        {
            var path = new List<T>();
            var node = start;
            while (node is not null && !state.ContainsKey(node))
            {
                state[node] = OnPath;
                path.Add(node);
                node = parentOf(node);
            }
            if (node is not null && state[node] == OnPath)
            {
                cycles.Add(path[path.IndexOf(node)..]);
            }
            path.ForEach(n => state[n] = Done);
        }
        return cycles;
    }

    /// <summary>
    /// The nodes with every parent before its children. Nodes on a cycle, and those below one, never
    /// come: they are left out.
    /// </summary>
    public static List<T> ParentsFirst<T>(IReadOnlyCollection<T> nodes, Func<T, T?> parentOf) where T : class
    {
        var children = nodes.Where(n => parentOf(n) is not null).ToLookup<T, T>(n => parentOf(n)!, ReferenceEqualityComparer.Instance);
        var order = nodes.Where(n => parentOf(n) is null).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            order.AddRange(children[order[i]]);
        }
        return order;
    }
}
