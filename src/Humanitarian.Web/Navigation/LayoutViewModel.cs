using Humanitarian.Framework.UI.Navigation;
using Microsoft.AspNetCore.WebUtilities;

namespace Humanitarian.Web.Navigation;

/// <summary>A menu entry as the layout shows it: its link resolved, whether it is the current page, its shown entries.</summary>
public sealed record MenuItemViewModel(ApplicationMenuItem Item, string? Href, bool IsActive, IReadOnlyList<MenuItemViewModel> Items);

/// <summary>What the layout shows around every page, computed once per request.</summary>
public sealed record LayoutViewModel(
    IReadOnlyList<MenuItemViewModel> Menu,
    bool IsAuthenticated,
    string? UserName,
    string TenantDisplayName,
    bool ShowDemoBanner,
    string CultureName)
{
    /// <summary>
    /// The server-side switch to <paramref name="culture"/> (<c>/Abp/Languages/Switch</c>), coming back to this page
    /// without a <c>?culture=</c> of its own (it would override the cookie the switch sets).
    /// </summary>
    public static string LanguageSwitchUrl(HttpContext context, string culture)
    {
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value)
            .Where(q => q.Key is not ("culture" or "ui-culture"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        var returnUrl = QueryHelpers.AddQueryString(context.Request.PathBase + context.Request.Path, query);
        return QueryHelpers.AddQueryString(context.Request.PathBase + "/Abp/Languages/Switch", new Dictionary<string, string?>
        {
            ["culture"] = culture,
            ["uiCulture"] = culture,
            ["returnUrl"] = returnUrl,
        });
    }
}
