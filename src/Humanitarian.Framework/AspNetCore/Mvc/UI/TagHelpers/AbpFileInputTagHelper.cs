using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary>
/// <c>&lt;abp-file-input asp-for="Input.File" accept=".xlsx" /&gt;</c>: the native file input says "Choose
/// file / No file chosen" in the browser's language; this one says "Chọn tệp" and the chosen file's name
/// in the page's. The real <c>&lt;input type="file"&gt;</c> stays (transparent, over the button) so its
/// label, keyboard and screen readers work as usual; without script it is shown as it is.
/// </summary>
[HtmlTargetElement("abp-file-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AbpFileInputTagHelper(IHtmlGenerator generator, IStringLocalizer<AbpFrameworkResource> l)
    : AbpInputTagHelper(generator)
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes.TryGetAttribute("class", out var given) ? " " + given.Value : "";
        var input = GenerateTextBox(output, For.ModelExplorer, For.Name, value: null,
            new Dictionary<string, string> { ["class"] = "form-control abp-file-input-control" + classes });
        // A file input never carries a value (browsers forbid one).
        input.Attributes["type"] = "file";
        input.Attributes.Remove("value");
        input.TagRenderMode = TagRenderMode.SelfClosing;
        var id = input.Attributes["id"];
        var noFile = l["FileInput:NoFile"].Value;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", "abp-file-input");
        output.Attributes.SetAttribute("data-files-text", l["FileInput:Files"].Value);
        output.Content.AppendHtml(input);
        output.Content.AppendHtml("<span class=\"btn btn-outline-secondary abp-file-input-button\" aria-hidden=\"true\">" +
                                  "<i class=\"fa-solid fa-paperclip me-1\"></i>");
        output.Content.Append(l["FileInput:Choose"].Value);
        output.Content.AppendHtml($"</span><span class=\"abp-file-input-name text-muted\" id=\"{id}-chosen\" data-empty-text=\"");
        output.Content.Append(noFile);
        output.Content.AppendHtml("\">");
        output.Content.Append(noFile);
        output.Content.AppendHtml("</span>");
    }
}
