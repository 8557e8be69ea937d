using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary><c>&lt;abp-money value="@donation.Amount" /&gt;</c>: <c>1.234.567 ₫</c>, see <see cref="Vnd.Format(long)"/>.</summary>
[HtmlTargetElement("abp-money", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AbpMoneyTagHelper : TagHelper
{
    public long? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("money", HtmlEncoder.Default);
        output.Content.SetContent(Vnd.Format(Value));
    }
}

/// <summary>
/// <c>&lt;abp-money-input asp-for="Input.Amount" class="form-control" /&gt;</c> on a <c>long</c> marked
/// <see cref="ModelBinding.VndAmountAttribute"/>: shows <c>1.234.567</c>, accepts it typed with or without
/// the dots (never a fraction); <c>js/ui-blocks.js</c> regroups the digits while typing.
/// </summary>
[HtmlTargetElement("abp-money-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AbpMoneyInputTagHelper(IHtmlGenerator generator) : AbpInputTagHelper(generator)
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var value = For.Model is long amount ? Vnd.FormatNumber(amount) : "";
        BecomeInput(output, GenerateTextBox(output, For.ModelExplorer, For.Name, value, new Dictionary<string, string>
        {
            ["inputmode"] = "numeric",
            ["autocomplete"] = "off",
            ["data-vnd-amount"] = "",
        }));
    }
}
