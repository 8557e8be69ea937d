using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.MultiTenancy;

/// <summary>Keeps the current tenant in an async-local value so scopes nest and flow with awaits.</summary>
public sealed class CurrentTenant : ICurrentTenant, ISingletonDependency
{
    private sealed record TenantInfo(Guid? Id, string? Name);

    private static readonly AsyncLocal<TenantInfo?> Current = new();

    public Guid? Id => Current.Value?.Id;
    public string? Name => Current.Value?.Name;
    public bool IsAvailable => Id.HasValue;

    public IDisposable Change(Guid? id, string? name = null)
    {
        var previous = Current.Value;
        Current.Value = new TenantInfo(id, name);
        return new Restore(() => Current.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
