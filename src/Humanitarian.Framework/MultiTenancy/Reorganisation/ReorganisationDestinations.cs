using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Framework.MultiTenancy.Reorganisation;

/// <summary>
/// Where each record of a tree (units, areas, a module's own trees) goes when its tenant is dissolved:
/// where its own rule sends it, else where its parent goes, else to the heir.
/// </summary>
/// <param name="parentOf">The record's parent id (a parent outside <paramref name="records"/> counts as none).</param>
/// <param name="ownRule">Where the record itself must go (e.g. with its administrative area), or null.</param>
public sealed class ReorganisationDestinations<T>(
    TenantReorganisationContext context, IReadOnlyList<T> records, Func<T, Guid?> parentOf, Func<T, TenantConfiguration?> ownRule)
    where T : IEntity<Guid>
{
    private readonly Dictionary<Guid, T> _byId = records.ToDictionary(r => r.Id);
    private readonly Dictionary<Guid, TenantConfiguration> _resolved = [];

    public TenantConfiguration Of(Guid id)
    {
        var chain = new List<Guid>();
        TenantConfiguration? found = null;
        for (Guid? current = id; current is { } c && _byId.TryGetValue(c, out var record) && !chain.Contains(c); current = parentOf(record))
        {
            if (_resolved.TryGetValue(c, out var known))
            {
                found = known;
                break;
            }
            chain.Add(c);
            if (ownRule(record) is { } own)
            {
                found = own;
                break;
            }
        }
        found ??= context.Heir;
        chain.ForEach(c => _resolved[c] = found);
        return found;
    }

    /// <summary>Whether the record's parent goes to another tenant: the link cannot cross tenants, it is cut.</summary>
    public bool LeavesParent(Guid id) =>
        parentOf(_byId[id]) is { } parent && _byId.ContainsKey(parent) && Of(parent).Id != Of(id).Id;

    /// <summary>How many records go to each successor other than the heir.</summary>
    public IEnumerable<(TenantConfiguration Tenant, int Count)> ElsewhereThanHeir() =>
        records.Select(r => Of(r.Id)).Where(t => t.Id != context.Heir.Id)
            .GroupBy(t => t.Id).Select(g => (g.First(), g.Count())).OrderBy(g => g.Item1.DisplayName, StringComparer.CurrentCulture);
}
