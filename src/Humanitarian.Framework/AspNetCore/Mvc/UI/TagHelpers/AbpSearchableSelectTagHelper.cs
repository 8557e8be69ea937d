using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;

/// <summary>
/// <c>&lt;select asp-for="Input.ParentId" asp-items="..." abp-searchable&gt;</c>: <c>js/ui-blocks.js</c> puts a
/// filter box above a long list (units, areas, members); typing narrows the options, marks and đ folded
/// ("ha noi" finds "Hà Nội"), and picks the first match. A <c>multiple</c> select (participant units,
/// legal basis) is narrowed the same way but picks nothing: its chosen options stay in sight. The select
/// itself stays the form's field, with its label; without script it is a plain select.
/// </summary>
[HtmlTargetElement("select", Attributes = AttributeName)]
public sealed class AbpSearchableSelectTagHelper(IStringLocalizer<AbpFrameworkResource> l) : TagHelper
{
    private const string AttributeName = "abp-searchable";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll(AttributeName);
        output.Attributes.SetAttribute("data-searchable", "");
        output.Attributes.SetAttribute("data-search-label", l["SearchableSelect:Label"].Value);
        output.Attributes.SetAttribute("data-search-placeholder", l["SearchableSelect:Placeholder"].Value);
        output.Attributes.SetAttribute("data-search-count", l["SearchableSelect:Count"].Value);
        output.Attributes.SetAttribute("data-search-none", l["SearchableSelect:None"].Value);
    }
}
