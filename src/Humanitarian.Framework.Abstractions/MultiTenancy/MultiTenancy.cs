namespace Humanitarian.Framework.MultiTenancy;

/// <summary>An entity owned by one tenant; <c>null</c> means host (national level) data.</summary>
public interface IMultiTenant
{
    Guid? TenantId { get; set; }
}

/// <summary>
/// A record a successor tenant inherits: when its tenant is merged or dissolved (2025), the record keeps
/// its original <see cref="IMultiTenant.TenantId"/> and the legal heir reads it in full, but cannot
/// change it. Open work and reference data move to the heir instead; records not marked stay private.
/// </summary>
public interface IInheritedByLegalHeir : IMultiTenant;

/// <summary>The tenant the current code runs for; <see cref="Change"/> switches it for a scope.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsAvailable { get; }

    /// <summary>
    /// The closed tenants whose <see cref="IInheritedByLegalHeir"/> records the current tenant reads as
    /// their legal heir (empty unless given to <see cref="Change"/>).
    /// </summary>
    IReadOnlyList<Guid> InheritedIds { get; }

    IDisposable Change(Guid? id, string? name = null, IReadOnlyList<Guid>? inheritedIds = null);
}

public enum MultiTenancySides
{
    Tenant = 1,
    Host = 2,
    Both = Tenant | Host,
}

public enum TenantLevel
{
    Province,
    District,
    Commune,
}

/// <summary>What the framework needs to know of a tenant (the host's tenant management owns the rows).</summary>
/// <param name="SuccessorId">Set when the tenant was merged or dissolved: its legal heir.</param>
/// <param name="InheritedIds">The closed tenants this one is the legal heir of, directly or through
/// an earlier heir.</param>
public sealed record TenantConfiguration(
    Guid Id, string Name, string DisplayName, Guid? ParentId, TenantLevel Level, bool IsActive,
    Guid? SuccessorId = null, IReadOnlyList<Guid>? InheritedIds = null)
{
    public bool IsClosed => SuccessorId.HasValue;
    public IReadOnlyList<Guid> InheritedTenantIds => InheritedIds ?? [];
}

public interface ITenantStore
{
    Task<TenantConfiguration?> FindAsync(string name);
    Task<TenantConfiguration?> FindAsync(Guid id);

    /// <summary>Every tenant below <paramref name="tenantId"/> (children, grandchildren...).</summary>
    Task<IReadOnlyList<TenantConfiguration>> GetDescendantsAsync(Guid tenantId);

    /// <summary>Every tenant, closed ones included (a small table, cached).</summary>
    Task<IReadOnlyList<TenantConfiguration>> GetAllAsync();
}

public static class CurrentTenantExtensions
{
    /// <summary>Switches to <paramref name="tenant"/> with what it inherits (the host when null).</summary>
    public static IDisposable Change(this ICurrentTenant currentTenant, TenantConfiguration? tenant) =>
        currentTenant.Change(tenant?.Id, tenant?.Name, tenant?.InheritedTenantIds);

    /// <summary>Whether <paramref name="record"/> is a closed predecessor's, read here as its legal heir (read-only).</summary>
    public static bool IsInherited(this ICurrentTenant currentTenant, IInheritedByLegalHeir record) =>
        record.TenantId is { } owner && owner != currentTenant.Id && currentTenant.InheritedIds.Contains(owner);
}
