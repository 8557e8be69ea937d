using System.Reflection;

namespace Humanitarian.Framework.TextTemplating;

/// <summary>
/// A text template a module offers (ABP's TemplateDefinition): its name, how it is shown, its layout,
/// and where its default contents are embedded, one file per culture (<c>{VirtualPath}/{culture}.tpl</c>).
/// </summary>
public sealed class TemplateDefinition(
    string name, string displayName, Type resourceType, bool isLayout = false, string? layout = null,
    string defaultCultureName = "vi")
{
    public const int MaxNameLength = 128;

    public string Name { get; } = name;

    /// <summary>A localization key of <see cref="ResourceType"/>.</summary>
    public string DisplayName { get; } = displayName;

    public Type ResourceType { get; } = resourceType;

    /// <summary>A layout wraps other templates: their output is its <c>content</c> variable.</summary>
    public bool IsLayout { get; } = isLayout;

    /// <summary>The layout this template is rendered inside, if any.</summary>
    public string? Layout { get; } = layout;

    /// <summary>The culture whose content is used when the asked culture has none.</summary>
    public string DefaultCultureName { get; } = defaultCultureName;

    /// <summary>The folder of the embedded default contents; <c>/TextTemplates/{Name}</c> unless set.</summary>
    public string VirtualPath { get; private set; } = "/TextTemplates/" + name;

    /// <summary>The assembly the default contents are embedded in: the defining provider's, unless set.</summary>
    public Assembly? ContentAssembly { get; set; }

    /// <summary>A model the template management page renders its preview with.</summary>
    public object? SampleModel { get; private set; }

    public TemplateDefinition WithVirtualFilePath(string virtualPath)
    {
        VirtualPath = virtualPath.TrimEnd('/');
        return this;
    }

    public TemplateDefinition WithSampleModel(object sampleModel)
    {
        SampleModel = sampleModel;
        return this;
    }
}

/// <summary>A module declares its templates by subclassing this (found by the module loader).</summary>
public abstract class TemplateDefinitionProvider
{
    public abstract void Define(ITemplateDefinitionContext context);
}

public interface ITemplateDefinitionContext
{
    TemplateDefinition Add(TemplateDefinition definition);

    TemplateDefinition? GetOrNull(string name);
}

/// <summary>Renders a defined template with a model (ABP's ITemplateRenderer).</summary>
public interface ITemplateRenderer
{
    /// <param name="model">Exposed to the template as <c>model</c>, its members in camelCase as in the API's JSON.</param>
    /// <param name="cultureName">The current UI culture when null.</param>
    Task<string> RenderAsync(string templateName, object? model = null, string? cultureName = null);
}
