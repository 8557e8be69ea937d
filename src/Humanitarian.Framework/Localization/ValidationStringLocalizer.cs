using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Localization;

/// <summary>
/// Validation messages of a model: the resource of the model's own assembly first (a module's specific
/// texts, e.g. what a code may contain), then the framework's generic ones ("Trường {0} là bắt buộc.").
/// </summary>
public sealed class ValidationStringLocalizer(IStringLocalizer? own, IStringLocalizer framework) : IStringLocalizer
{
    private static readonly ConcurrentDictionary<Assembly, Type?> ResourceOfAssembly = new();

    public static IStringLocalizer For(Type modelType, IStringLocalizerFactory factory)
    {
        var resource = ResourceOfAssembly.GetOrAdd(modelType.Assembly, OwnResource);
        return new ValidationStringLocalizer(
            resource is null ? null : factory.Create(resource), factory.Create(typeof(AbpFrameworkResource)));
    }

    /// <summary>
    /// The assembly's own resource: the one its name names (Humanitarian.Web → Humanitarian), since the
    /// host also carries ABP's resources for ABP's clients; else its only one.
    /// </summary>
    private static Type? OwnResource(Assembly assembly)
    {
        var resources = assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<LocalizationResourceNameAttribute>(inherit: false)))
            .Where(r => r.Attribute is not null)
            .ToList();
        var nameParts = assembly.GetName().Name?.Split('.') ?? [];
        return resources.FirstOrDefault(r => nameParts.Contains(r.Attribute!.Name, StringComparer.Ordinal)).Type
               ?? (resources.Count == 1 ? resources[0].Type : null);
    }

    public LocalizedString this[string name] => Pick(own?[name], framework[name]);

    public LocalizedString this[string name, params object[] arguments] => Pick(own?[name, arguments], framework[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        framework.GetAllStrings(includeParentCultures).Concat(own?.GetAllStrings(includeParentCultures) ?? []);

    private static LocalizedString Pick(LocalizedString? ownText, LocalizedString frameworkText) =>
        ownText is { ResourceNotFound: false } ? ownText : frameworkText;
}
