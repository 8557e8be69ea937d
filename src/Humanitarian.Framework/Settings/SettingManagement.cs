using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Humanitarian.Framework.Settings;

/// <summary>A stored setting value: host default ("G") or one tenant's override ("T") (ABP's AbpSettings).</summary>
public sealed class Setting : Entity<Guid>
{
    public const string GlobalProvider = "G";
    public const string TenantProvider = "T";

    public string Name { get; set; } = "";
    public string? Value { get; set; }
    public string ProviderName { get; set; } = GlobalProvider;
    public string? ProviderKey { get; set; }

    public Setting() : base(Guid.NewGuid()) { }
}

public sealed class SettingDefinitionManager : ISingletonDependency
{
    private readonly Dictionary<string, SettingDefinition> _definitions = new(StringComparer.Ordinal);

    public SettingDefinitionManager(IEnumerable<SettingDefinitionProvider> providers)
    {
        var context = new Context(_definitions);
        foreach (var provider in providers)
        {
            provider.Define(context);
        }
    }

    public IEnumerable<SettingDefinition> All => _definitions.Values;

    public SettingDefinition Get(string name) =>
        _definitions.GetValueOrDefault(name) ?? throw new ArgumentException($"Undefined setting: {name}", nameof(name));

    private sealed class Context(Dictionary<string, SettingDefinition> definitions) : ISettingDefinitionContext
    {
        public void Add(params SettingDefinition[] settings)
        {
            foreach (var setting in settings)
            {
                definitions[setting.Name] = setting;
            }
        }
    }
}

/// <summary>Tenant value, else host value, else configuration <c>Settings:{name}</c>, else the default.</summary>
public sealed class SettingProvider(
    IAbpEfCoreDbContext dbContext, ICurrentTenant currentTenant, SettingDefinitionManager definitions,
    IConfiguration configuration, IDataProtectionProvider protection) : ISettingProvider, ISettingManager, IScopedDependency
{
    private IDataProtector Protector => protection.CreateProtector("Humanitarian.Settings");

    public async Task<string?> GetOrNullAsync(string name)
    {
        var definition = definitions.Get(name);
        var tenantKey = definition.IsHostOnly ? null : currentTenant.Id?.ToString();
        var stored = await StoredAsync(name, tenantKey);
        var value = stored.Find(s => s.ProviderName == Setting.TenantProvider) ?? stored.Find(s => s.ProviderName == Setting.GlobalProvider);
        return value is not null ? Read(definition, value) : Fallback(definition);
    }

    public async Task<string?> GetOrNullGlobalAsync(string name)
    {
        var definition = definitions.Get(name);
        var stored = (await StoredAsync(name, tenantKey: null)).Find(s => s.ProviderName == Setting.GlobalProvider);
        return stored is not null ? Read(definition, stored) : Fallback(definition);
    }

    public async Task<string?> GetOrNullForTenantAsync(string name, Guid tenantId)
    {
        var definition = definitions.Get(name);
        var stored = (await StoredAsync(name, tenantId.ToString())).Find(s => s.ProviderName == Setting.TenantProvider);
        return stored is null || definition.IsHostOnly ? null : Read(definition, stored);
    }

    private Task<List<Setting>> StoredAsync(string name, string? tenantKey) =>
        dbContext.Set<Setting>().AsNoTracking()
            .Where(s => s.Name == name && (s.ProviderName == Setting.GlobalProvider
                || (tenantKey != null && s.ProviderName == Setting.TenantProvider && s.ProviderKey == tenantKey)))
            .ToListAsync();

    private string? Read(SettingDefinition definition, Setting stored) =>
        definition.IsEncrypted && stored.Value is not null ? Protector.Unprotect(stored.Value) : stored.Value;

    private string? Fallback(SettingDefinition definition) => configuration[$"Settings:{definition.Name}"] ?? definition.DefaultValue;

    public async Task SetAsync(string name, string? value, Guid? tenantId)
    {
        var definition = definitions.Get(name);
        if (definition.IsHostOnly && tenantId is not null)
        {
            throw new InvalidOperationException($"Setting {name} is set by the host only.");
        }
        var (provider, key) = tenantId is { } id
            ? (Setting.TenantProvider, id.ToString())
            : (Setting.GlobalProvider, (string?)null);
        var set = dbContext.Set<Setting>();
        var row = await set.FirstOrDefaultAsync(s => s.Name == name && s.ProviderName == provider && s.ProviderKey == key);
        if (value is null)
        {
            if (row is not null) set.Remove(row);
            return;
        }
        var stored = definition.IsEncrypted ? Protector.Protect(value) : value;
        if (row is null)
        {
            set.Add(new Setting { Name = name, Value = stored, ProviderName = provider, ProviderKey = key });
        }
        else
        {
            row.Value = stored;
        }
    }
}

public static class SettingManagementModelBuilderExtensions
{
    public static void ConfigureSettingManagement(this ModelBuilder builder)
    {
        builder.Entity<Setting>(b =>
        {
            b.ToTable("AbpSettings");
            b.Property(x => x.Name).HasMaxLength(128).IsRequired();
            b.Property(x => x.Value).HasMaxLength(2048);
            b.Property(x => x.ProviderName).HasMaxLength(64).IsRequired();
            b.Property(x => x.ProviderKey).HasMaxLength(64);
            b.HasIndex(x => new { x.Name, x.ProviderName, x.ProviderKey });
        });
    }
}
