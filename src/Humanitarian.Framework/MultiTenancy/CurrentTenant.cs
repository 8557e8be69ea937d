using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.MultiTenancy;

/// <summary>Keeps the current tenant in an async-local value so scopes nest and flow with awaits.</summary>
public sealed class CurrentTenant : ICurrentTenant, ISingletonDependency
{
    private sealed record TenantInfo(Guid? Id, string? Name, IReadOnlyList<Guid> InheritedIds);

    private static readonly AsyncLocal<TenantInfo?> Current = new();

    public Guid? Id => Current.Value?.Id;
    public string? Name => Current.Value?.Name;
    public bool IsAvailable => Id.HasValue;
    public IReadOnlyList<Guid> InheritedIds => Current.Value?.InheritedIds ?? [];

    public IDisposable Change(Guid? id, string? name = null, IReadOnlyList<Guid>? inheritedIds = null)
    {
        var previous = Current.Value;
        // The host inherits nothing: it is nobody's successor and already sees what it needs.
        Current.Value = new TenantInfo(id, name, id.HasValue ? inheritedIds ?? [] : []);
        return new Restore(() => Current.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
