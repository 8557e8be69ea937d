namespace Humanitarian.Framework.MultiTenancy;

/// <summary>An entity owned by one tenant; <c>null</c> means host (national level) data.</summary>
public interface IMultiTenant
{
    Guid? TenantId { get; set; }
}

/// <summary>The tenant the current code runs for; <see cref="Change"/> switches it for a scope.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsAvailable { get; }

    IDisposable Change(Guid? id, string? name = null);
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
public sealed record TenantConfiguration(
    Guid Id, string Name, string DisplayName, Guid? ParentId, TenantLevel Level, bool IsActive);

public interface ITenantStore
{
    Task<TenantConfiguration?> FindAsync(string name);
    Task<TenantConfiguration?> FindAsync(Guid id);

    /// <summary>Every tenant below <paramref name="tenantId"/> (children, grandchildren...).</summary>
    Task<IReadOnlyList<TenantConfiguration>> GetDescendantsAsync(Guid tenantId);
}
