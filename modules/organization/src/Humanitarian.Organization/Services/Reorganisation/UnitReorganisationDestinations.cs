using System.Runtime.CompilerServices;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Services.Reorganisation;

/// <summary>Kept for the reorganisations run in this scope, each by its own context.</summary>
public sealed class UnitReorganisationDestinations : IUnitReorganisationDestinations, IScopedDependency
{
    private readonly ConditionalWeakTable<TenantReorganisationContext, IReadOnlyDictionary<Guid, TenantConfiguration>> _byContext = [];

    internal void Set(TenantReorganisationContext context, IReadOnlyDictionary<Guid, TenantConfiguration> destinations) =>
        _byContext.AddOrUpdate(context, destinations);

    public TenantConfiguration DestinationOf(TenantReorganisationContext context, Guid? unitId) =>
        unitId is { } id && _byContext.TryGetValue(context, out var destinations) && destinations.TryGetValue(id, out var tenant)
            ? tenant
            : context.Heir;
}
