using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Localization;

/// <summary>
/// ABP-style localization: texts live in JSON files per resource and culture, embedded in the
/// resource type's assembly. A culture falls back to its parent (vi-VN → vi), then to English,
/// then to the key itself.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, JsonStringLocalizer> _localizers = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _localizers.GetOrAdd(resourceSource, type => new JsonStringLocalizer(Load(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        new JsonStringLocalizer(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Load(Type resourceType)
    {
        var cultures = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        if (resourceType.GetCustomAttribute<LocalizationResourceNameAttribute>() is not { } attribute)
        {
            return cultures;
        }
        var assembly = resourceType.Assembly;
        var prefix = $".Localization.{attribute.Name}.";
        foreach (var resourceName in assembly.GetManifestResourceNames()
                     .Where(n => n.Contains(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var culture = resourceName[(resourceName.LastIndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(resourceName)!;
            var file = JsonSerializer.Deserialize<LocalizationFile>(stream, JsonOptions)
                       ?? throw new InvalidOperationException($"Empty localization file {resourceName}.");
            cultures[culture] = file.Texts;
        }
        return cultures;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record LocalizationFile(string Culture, Dictionary<string, string> Texts);
}

public sealed class JsonStringLocalizer(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> cultures)
    : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name) is { } value
        ? new LocalizedString(name, value)
        : new LocalizedString(name, name, resourceNotFound: true);

    /// <summary>
    /// A key missing in every culture is still formatted (as ResourceManagerStringLocalizer does): the
    /// English validation messages are their own keys, e.g. "The {0} field is required.".
    /// </summary>
    public LocalizedString this[string name, params object[] arguments] => Find(name) is { } value
        ? new LocalizedString(name, Format(value, arguments))
        : new LocalizedString(name, Format(name, arguments), resourceNotFound: true);

    private static string Format(string format, object[] arguments)
    {
        try
        {
            return string.Format(CultureInfo.CurrentCulture, format, arguments);
        }
        catch (FormatException)
        {
            return format; // a text with braces that are not placeholders
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        CultureChain().Reverse()
            .SelectMany(c => cultures.TryGetValue(c, out var texts) ? texts : Enumerable.Empty<KeyValuePair<string, string>>())
            .GroupBy(p => p.Key).Select(g => new LocalizedString(g.Key, g.Last().Value));

    private string? Find(string name)
    {
        foreach (var culture in CultureChain())
        {
            if (cultures.TryGetValue(culture, out var texts) && texts.TryGetValue(name, out var value))
            {
                return value;
            }
        }
        return null;
    }

    private static IEnumerable<string> CultureChain()
    {
        for (var culture = CultureInfo.CurrentUICulture; !string.IsNullOrEmpty(culture.Name); culture = culture.Parent)
        {
            yield return culture.Name;
        }
        yield return "en";
    }
}
