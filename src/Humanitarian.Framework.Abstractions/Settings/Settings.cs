namespace Humanitarian.Framework.Settings;

/// <summary>A module declares its settings by subclassing this (found by the module loader).</summary>
public abstract class SettingDefinitionProvider
{
    public abstract void Define(ISettingDefinitionContext context);
}

public interface ISettingDefinitionContext
{
    void Add(params SettingDefinition[] definitions);
}

/// <param name="IsVisibleToClients">Sent to the browser in the application configuration.</param>
/// <param name="IsEncrypted">Stored protected (passwords).</param>
/// <param name="IsHostOnly">Only the host sets it (ABP: a setting whose only provider is "G"); tenants read the host's value.</param>
public sealed record SettingDefinition(
    string Name, string? DefaultValue = null, bool IsVisibleToClients = false, bool IsEncrypted = false,
    bool IsHostOnly = false);

/// <summary>
/// Reads a setting for the current tenant: the tenant's value, else the host's stored value, else the
/// configuration section <c>Settings</c>, else the definition's default.
/// </summary>
public interface ISettingProvider
{
    Task<string?> GetOrNullAsync(string name);
}

/// <summary>Reads and writes settings at one level: <c>tenantId</c> null means the host default.</summary>
public interface ISettingManager
{
    /// <summary>The host's value: stored, else configuration, else the default (never a tenant's).</summary>
    Task<string?> GetOrNullGlobalAsync(string name);

    /// <summary>The value the tenant stored itself, or null; nothing inherited from the host.</summary>
    Task<string?> GetOrNullForTenantAsync(string name, Guid tenantId);

    Task SetAsync(string name, string? value, Guid? tenantId);
}
