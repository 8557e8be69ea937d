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
        var resource = ResourceOfAssembly.GetOrAdd(modelType.Assembly, assembly =>
            assembly.GetTypes().FirstOrDefault(t => t.IsDefined(typeof(LocalizationResourceNameAttribute), inherit: false)));
        return new ValidationStringLocalizer(
            resource is null ? null : factory.Create(resource), factory.Create(typeof(AbpFrameworkResource)));
    }

    public LocalizedString this[string name] => Pick(own?[name], framework[name]);

    public LocalizedString this[string name, params object[] arguments] => Pick(own?[name, arguments], framework[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        framework.GetAllStrings(includeParentCultures).Concat(own?.GetAllStrings(includeParentCultures) ?? []);

    private static LocalizedString Pick(LocalizedString? ownText, LocalizedString frameworkText) =>
        ownText is { ResourceNotFound: false } ? ownText : frameworkText;
}
