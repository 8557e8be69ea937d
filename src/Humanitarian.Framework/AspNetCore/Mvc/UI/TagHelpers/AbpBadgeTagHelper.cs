using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary>
/// Which Bootstrap colour a status is shown in, by the status's name (an enum value's or a string):
/// the same status looks the same on every page. Modules add their own with <c>Configure&lt;AbpBadgeOptions&gt;</c>.
/// </summary>
public sealed class AbpBadgeOptions
{
    /// <summary>Status name → Bootstrap colour (<c>success</c>, <c>secondary</c>...); others are <see cref="DefaultColor"/>.</summary>
    public Dictionary<string, string> StatusColors { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Active"] = "success",
        ["Inactive"] = "secondary",
        ["Former"] = "secondary",
        ["Running"] = "info",
        ["Completed"] = "success",
        ["Failed"] = "danger",
        // An Excel import report's rows (ExcelImportRowStatus; Valid stays neutral).
        ["Invalid"] = "danger",
        ["Imported"] = "success",
        ["Updated"] = "info",
        // The outbox's messages (EmailMessageStatus; Failed as above).
        ["Queued"] = "warning",
        ["Sent"] = "success",
    };

    public string DefaultColor { get; set; } = "secondary";
}

/// <summary>
/// <c>&lt;abp-badge status="Active"&gt;Đang hoạt động&lt;/abp-badge&gt;</c>: a Bootstrap badge in the colour
/// <see cref="AbpBadgeOptions"/> gives the status.
/// </summary>
[HtmlTargetElement("abp-badge")]
public sealed class AbpBadgeTagHelper(IOptions<AbpBadgeOptions> options) : TagHelper
{
    /// <summary>A status name; an enum value written <c>status="@row.Status"</c> arrives as its name.</summary>
    public string? Status { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var colors = options.Value;
        var color = Status is { } name && colors.StatusColors.TryGetValue(name, out var known) ? known : colors.DefaultColor;
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("badge", HtmlEncoder.Default);
        output.AddClass("text-bg-" + color, HtmlEncoder.Default);
        output.Attributes.SetAttribute("data-status", Status);
    }
}
