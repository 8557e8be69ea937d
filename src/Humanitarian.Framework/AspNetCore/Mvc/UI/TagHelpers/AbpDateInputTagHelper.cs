using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary>
/// <c>&lt;abp-date-input asp-for="Input.IssueDate" class="form-control" /&gt;</c>: a calendar day shown and
/// typed as <c>dd/MM/yyyy</c> whatever the browser's language (a native <c>type="date"</c> follows the
/// browser: mm/dd/yyyy in an English one). A text input, so it works without script; the server reads
/// it with <see cref="ModelBinding.VietnamDateModelBinder"/>; <c>js/ui-blocks.js</c> adds the slashes while
/// typing. Without <c>asp-for</c> (a GET filter): <c>name</c> and <c>value</c>.
/// </summary>
[HtmlTargetElement("abp-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AbpDateInputTagHelper(IHtmlGenerator generator, IStringLocalizer<AbpFrameworkResource> l)
    : AbpInputTagHelper(generator)
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>The field's name when there is no <c>asp-for</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The day shown when there is no <c>asp-for</c>.</summary>
    public DateOnly? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For?.Name ?? Name ?? throw new InvalidOperationException("abp-date-input needs asp-for or name.");
        var day = For is null ? Value : For.Model switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            _ => null,
        };

        BecomeInput(output, GenerateTextBox(output, For?.ModelExplorer, name, VietnamTime.FormatDate(day), new Dictionary<string, string>
        {
            ["inputmode"] = "numeric",
            ["autocomplete"] = "off",
            ["maxlength"] = "10",
            ["placeholder"] = l["DateInput:Placeholder"].Value,
            ["title"] = l["DateInput:Title"].Value,
            ["data-date-input"] = "",
        }));
    }
}
