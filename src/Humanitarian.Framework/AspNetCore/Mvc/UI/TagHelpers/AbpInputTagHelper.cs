using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary>
/// A building block that renders an input through MVC's <see cref="IHtmlGenerator"/>, as <c>asp-for</c> does:
/// id, name, the value typed before a refusal (from ModelState) and the error class come from it.
/// </summary>
public abstract class AbpInputTagHelper(IHtmlGenerator generator) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>A text input with the attributes written on the tag (class, placeholder...) and <paramref name="extra"/> ones.</summary>
    protected TagBuilder GenerateTextBox(TagHelperOutput output, ModelExplorer? model, string name, string? value,
        IReadOnlyDictionary<string, string> extra)
    {
        var attributes = output.Attributes.ToDictionary(a => a.Name, object? (a) => a.Value?.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, text) in extra)
        {
            attributes[key] = text;
        }

        return generator.GenerateTextBox(ViewContext, model, name, value, format: null, attributes);
    }

    /// <summary>Makes the output the generated input: its tag and all its attributes.</summary>
    protected static void BecomeInput(TagHelperOutput output, TagBuilder input)
    {
        output.TagName = "input";
        output.TagMode = TagMode.SelfClosing;
        output.Attributes.Clear();
        foreach (var attribute in input.Attributes)
        {
            output.Attributes.SetAttribute(attribute.Key, attribute.Value);
        }
    }
}
