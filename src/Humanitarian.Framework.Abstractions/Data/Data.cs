namespace Humanitarian.Framework.Data;

/// <summary>Turns a data filter (<c>IMultiTenant</c>, <c>ISoftDelete</c>) off or on for a scope.</summary>
public interface IDataFilter
{
    IDisposable Disable<TFilter>() where TFilter : class;
    IDisposable Enable<TFilter>() where TFilter : class;
    bool IsEnabled<TFilter>() where TFilter : class;
}

public sealed class DataSeedContext(Guid? tenantId)
{
    public Guid? TenantId { get; } = tenantId;
}

/// <summary>Seeds a module's data for the host or one tenant; must be safe to run again.</summary>
public interface IDataSeedContributor
{
    /// <summary>
    /// Lower runs first. Modules know each other only through contracts, so their load order does not say
    /// whose data exists first: a module whose demo data names another's records (Campaigns names
    /// Organization's units) runs after it.
    /// </summary>
    int Order => 0;

    Task SeedAsync(DataSeedContext context);
}
