using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Services.Units;

/// <summary>The current user's visible units, worked out once per request.</summary>
public sealed class UnitScope(ICurrentUser currentUser, TreeRules<Unit> tree) : IUnitScope, IScopedDependency
{
    private Task<HashSet<Guid>?>? _visible;

    public async Task<IReadOnlySet<Guid>?> GetVisibleUnitIdsAsync() => await (_visible ??= LoadAsync());

    /// <summary>A unit created below a visible one is visible too, within the same request: an import creates whole subtrees.</summary>
    internal void AddCreated(Guid unitId, Guid? parentId)
    {
        if (_visible is { IsCompletedSuccessfully: true, Result: { } visible } && parentId is { } parent && visible.Contains(parent))
        {
            visible.Add(unitId);
        }
    }

    private async Task<HashSet<Guid>?> LoadAsync() =>
        currentUser.UnitId is { } unitId ? await tree.GetSubtreeAsync(unitId) : null;
}
