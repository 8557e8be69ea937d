using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary>
/// <c>&lt;abp-progress value="123" max="500" text="123/500 dòng" /&gt;</c>: a labelled progress bar with its
/// percentage. A native <c>&lt;progress&gt;</c>: Bootstrap's bar needs an inline width, which the
/// Content-Security-Policy forbids.
/// </summary>
[HtmlTargetElement("abp-progress", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AbpProgressTagHelper : TagHelper
{
    public long Value { get; set; }

    public long Max { get; set; }

    /// <summary>What the bar counts, e.g. "123/500 dòng"; the two numbers alone when empty.</summary>
    public string? Text { get; set; }

    public string Id { get; set; } = "progress";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // An empty task (0 of 0) is complete, not a division by zero.
        var max = Math.Max(Max, 1);
        var value = Math.Clamp(Value, 0, max);
        var percent = (Max <= 0 ? 100 : value * 100 / max).ToString(CultureInfo.CurrentCulture) + "%";
        var text = string.IsNullOrEmpty(Text)
            ? Value.ToString("N0", CultureInfo.CurrentCulture) + "/" + Max.ToString("N0", CultureInfo.CurrentCulture)
            : Text;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", "abp-progress");
        output.Content.AppendHtml($"<div class=\"abp-progress-text\"><span id=\"{Id}-text\">");
        output.Content.Append(text);
        output.Content.AppendHtml("</span><span class=\"abp-progress-percent\">");
        output.Content.Append(percent);
        output.Content.AppendHtml($"</span></div><progress id=\"{Id}\" class=\"abp-progress-bar\" max=\"{max}\" value=\"{value}\" aria-labelledby=\"{Id}-text\">");
        output.Content.Append(percent);
        output.Content.AppendHtml("</progress>");
    }
}
