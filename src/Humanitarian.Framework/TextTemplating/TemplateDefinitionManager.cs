using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.TextTemplating;

/// <summary>Every module's template definitions, collected once at start-up.</summary>
public sealed class TemplateDefinitionManager : ISingletonDependency
{
    private readonly Dictionary<string, TemplateDefinition> _templates = new(StringComparer.Ordinal);

    public TemplateDefinitionManager(IEnumerable<TemplateDefinitionProvider> providers)
    {
        foreach (var provider in providers)
        {
            provider.Define(new Context(_templates, provider));
        }
        foreach (var template in _templates.Values.Where(t => t.Layout is not null))
        {
            if (GetOrNull(template.Layout!) is not { IsLayout: true })
            {
                throw new InvalidOperationException($"Template {template.Name} names {template.Layout}, which is not a defined layout.");
            }
        }
    }

    public IReadOnlyCollection<TemplateDefinition> GetAll() => _templates.Values;

    public TemplateDefinition? GetOrNull(string name) => _templates.GetValueOrDefault(name);

    private sealed class Context(Dictionary<string, TemplateDefinition> templates, TemplateDefinitionProvider provider)
        : ITemplateDefinitionContext
    {
        public TemplateDefinition Add(TemplateDefinition definition)
        {
            definition.ContentAssembly ??= provider.GetType().Assembly;
            if (!templates.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"Template {definition.Name} is defined twice.");
            }
            return definition;
        }

        public TemplateDefinition? GetOrNull(string name) => templates.GetValueOrDefault(name);
    }
}
