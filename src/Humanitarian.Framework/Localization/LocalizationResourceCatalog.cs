using System.Reflection;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Modularity;

namespace Humanitarian.Framework.Localization;

/// <summary>
/// Every localization resource of the loaded modules (a type marked <see cref="LocalizationResourceNameAttribute"/>,
/// usually in a module's Contracts assembly), by name: what ABP's application-localization endpoint sends.
/// </summary>
public sealed class LocalizationResourceCatalog(AbpModuleContainer modules) : ISingletonDependency
{
    private readonly Lazy<IReadOnlyDictionary<string, Type>> _resources = new(() => Find(modules));

    public IReadOnlyDictionary<string, Type> Resources => _resources.Value;

    private static IReadOnlyDictionary<string, Type> Find(AbpModuleContainer modules)
    {
        var assemblies = modules.Assemblies
            .SelectMany(a => a.GetReferencedAssemblies()
                .Where(r => r.Name?.StartsWith("Humanitarian.", StringComparison.Ordinal) == true)
                .Select(Assembly.Load)
                .Prepend(a))
            .Distinct();
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<LocalizationResourceNameAttribute>(inherit: false)))
            .Where(r => r.Attribute is not null)
            .ToDictionary(r => r.Attribute!.Name, r => r.Type, StringComparer.Ordinal);
    }
}
