using System.Collections.Concurrent;
using System.Globalization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.TextTemplating;

/// <summary>A template's content in one culture, and whether it is the current tenant's own.</summary>
public sealed record TemplateContent(string CultureName, string Content, bool IsOverride);

/// <summary>
/// Finds a template's content: the current tenant's override from the database, else the default
/// embedded in the defining assembly; for the asked culture, then its language (vi-VN → vi), then the
/// template's default culture.
/// </summary>
public sealed class TemplateContentProvider(IAbpEfCoreDbContext dbContext) : ITransientDependency
{
    /// <summary>The application's languages; contents are per language, not per country.</summary>
    public static readonly IReadOnlyList<string> CultureNames = ["vi", "en"];

    // Embedded files never change while the process runs.
    private static readonly ConcurrentDictionary<(TemplateDefinition, string), string?> Defaults = new();

    public async Task<TemplateContent> GetAsync(TemplateDefinition definition, string? cultureName)
    {
        foreach (var culture in CultureChain(definition, cultureName ?? CultureInfo.CurrentUICulture.Name))
        {
            if (await FindOverrideAsync(definition.Name, culture) is { } own)
            {
                return new TemplateContent(culture, own.Content, IsOverride: true);
            }
            if (GetDefaultOrNull(definition, culture) is { } content)
            {
                return new TemplateContent(culture, content, IsOverride: false);
            }
        }
        throw new InvalidOperationException($"Template {definition.Name} has no content for {definition.DefaultCultureName}.");
    }

    /// <summary>The current tenant's own content (the host's, for the host); the tenant filter picks the row.</summary>
    public Task<TextTemplateContent?> FindOverrideAsync(string name, string cultureName) =>
        dbContext.Set<TextTemplateContent>().FirstOrDefaultAsync(c => c.Name == name && c.CultureName == cultureName);

    public string? GetDefaultOrNull(TemplateDefinition definition, string cultureName) =>
        Defaults.GetOrAdd((definition, cultureName), key =>
        {
            var (template, culture) = key;
            using var stream = template.ContentAssembly?.GetManifestResourceStream($"{template.VirtualPath.TrimStart('/')}/{culture}.tpl");
            return stream is null ? null : new StreamReader(stream).ReadToEnd();
        });

    private static IEnumerable<string> CultureChain(TemplateDefinition definition, string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        return new[] { culture.Name, culture.TwoLetterISOLanguageName, definition.DefaultCultureName }
            .Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
