using System.Collections.Immutable;
using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.Data;

/// <summary>Filters are on unless a scope turns them off; the state flows with the async context.</summary>
public sealed class DataFilter : IDataFilter, ISingletonDependency
{
    private static readonly AsyncLocal<ImmutableDictionary<Type, bool>?> States = new();

    public bool IsEnabled<TFilter>() where TFilter : class
    {
        var states = States.Value;
        return states is null || !states.TryGetValue(typeof(TFilter), out var enabled) || enabled;
    }

    public IDisposable Disable<TFilter>() where TFilter : class => Set(typeof(TFilter), false);

    public IDisposable Enable<TFilter>() where TFilter : class => Set(typeof(TFilter), true);

    private static IDisposable Set(Type filter, bool enabled)
    {
        var previous = States.Value;
        States.Value = (previous ?? ImmutableDictionary<Type, bool>.Empty).SetItem(filter, enabled);
        return new Restore(() => States.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
