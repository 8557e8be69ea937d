using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Services.Units;

/// <summary>The current user's visible units, worked out once per request.</summary>
public sealed class UnitScope(ICurrentUser currentUser, TreeRules<Unit> tree) : IUnitScope, IScopedDependency
{
    private Task<IReadOnlySet<Guid>?>? _visible;

    public Task<IReadOnlySet<Guid>?> GetVisibleUnitIdsAsync() => _visible ??= LoadAsync();

    private async Task<IReadOnlySet<Guid>?> LoadAsync() =>
        currentUser.UnitId is { } unitId ? await tree.GetSubtreeAsync(unitId) : null;
}
