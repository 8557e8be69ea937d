using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary>The building blocks that render an input through MVC's <see cref="IHtmlGenerator"/> share these steps.</summary>
internal static class GeneratedInputExtensions
{
    /// <summary>The attributes written on the tag (class, placeholder...), for the generator to merge.</summary>
    public static Dictionary<string, object?> HtmlAttributes(this TagHelperOutput output) =>
        output.Attributes.ToDictionary(a => a.Name, object? (a) => a.Value?.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes the output the generated input: its tag and all its attributes.</summary>
    public static void BecomeInput(this TagHelperOutput output, TagBuilder input)
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
