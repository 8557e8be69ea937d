using System.Collections.Concurrent;
using System.Globalization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.Extensions.Logging;

namespace Humanitarian.Framework.TextTemplating;

/// <summary>Renders a template with Scriban in the sandbox, inside its layout if it has one.</summary>
public sealed class TemplateRenderer(
    TemplateDefinitionManager definitions, TemplateContentProvider contents, ICurrentTenant currentTenant, ILogger<TemplateRenderer> logger)
    : ITemplateRenderer, ITransientDependency
{
    /// <summary>
    /// The contents this renderer found, by tenant, template and culture. A renderer serves one request or
    /// one tenant's reminder run, which renders the same template for thousands of e-mails and spent as
    /// long again asking the database for the tenant's override each time; a template edited meanwhile
    /// applies from the next request or run.
    /// </summary>
    private readonly ConcurrentDictionary<(Guid?, string, string), TemplateContent> _found = new();

    public async Task<string> RenderAsync(string templateName, object? model = null, string? cultureName = null)
    {
        var definition = GetDefinition(templateName);
        var body = await RenderOwnOrDefaultAsync(definition, model, cultureName, variables: null);
        if (definition.Layout is null)
        {
            return body;
        }
        return await RenderOwnOrDefaultAsync(GetDefinition(definition.Layout), model, cultureName,
            new Dictionary<string, string> { ["content"] = body });
    }

    /// <summary>Renders a content not saved yet (the editing page's preview), inside the template's layout.</summary>
    public async Task<string> RenderPreviewAsync(TemplateDefinition definition, string content, string cultureName)
    {
        var body = await ScribanSandbox.RenderAsync(content, definition.SampleModel);
        if (definition.Layout is null)
        {
            return body;
        }
        var layout = await contents.GetAsync(GetDefinition(definition.Layout), cultureName);
        return await ScribanSandbox.RenderAsync(layout.Content, definition.SampleModel, new Dictionary<string, string> { ["content"] = body });
    }

    /// <summary>
    /// A tenant's own content that fails (a limit, the timeout) falls back to the default: a broken
    /// override must not stop the e-mails that depend on it, such as a password reset.
    /// </summary>
    private async Task<string> RenderOwnOrDefaultAsync(
        TemplateDefinition definition, object? model, string? cultureName, IReadOnlyDictionary<string, string>? variables)
    {
        var key = (currentTenant.Id, definition.Name, cultureName ?? CultureInfo.CurrentUICulture.Name);
        if (!_found.TryGetValue(key, out var content))
        {
            _found[key] = content = await contents.GetAsync(definition, cultureName);
        }
        try
        {
            return await ScribanSandbox.RenderAsync(content.Content, model, variables);
        }
        catch (TemplateRenderingException exception) when (content.IsOverride
                                                            && contents.GetDefaultOrNull(definition, content.CultureName) is not null)
        {
            logger.LogWarning(exception, "The tenant's template {Name} ({Culture}) failed; the default is used.", definition.Name, content.CultureName);
            return await ScribanSandbox.RenderAsync(contents.GetDefaultOrNull(definition, content.CultureName)!, model, variables);
        }
    }

    private TemplateDefinition GetDefinition(string name) =>
        definitions.GetOrNull(name) ?? throw new InvalidOperationException($"Template {name} is not defined.");
}
