using Humanitarian.Framework.UI.Navigation;

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
    string CultureName);
