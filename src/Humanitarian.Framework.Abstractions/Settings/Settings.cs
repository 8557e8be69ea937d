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
public sealed record SettingDefinition(
    string Name, string? DefaultValue = null, bool IsVisibleToClients = false, bool IsEncrypted = false);

/// <summary>
/// Reads a setting for the current tenant: the tenant's value, else the host's stored value, else the
/// configuration section <c>Settings</c>, else the definition's default.
/// </summary>
public interface ISettingProvider
{
    Task<string?> GetOrNullAsync(string name);
}

/// <summary>Writes settings: <c>tenantId</c> null means the host default.</summary>
public interface ISettingManager
{
    Task SetAsync(string name, string? value, Guid? tenantId);
}
