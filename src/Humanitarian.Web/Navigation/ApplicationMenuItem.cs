namespace Humanitarian.Web.Navigation;

/// <summary>
/// One entry of the top navigation (ABP's ApplicationMenuItem): a page, the permission it needs and
/// whether only the host (national level) has it.
/// </summary>
/// <param name="DisplayNameKey">A key of <see cref="Localization.HumanitarianResource"/>.</param>
/// <param name="PagePrefix">Pages under this folder mark the entry as the current one.</param>
public sealed record ApplicationMenuItem(
    string Name, string DisplayNameKey, string Page, string Icon, string? RequiredPermission = null,
    bool HostOnly = false, string? PagePrefix = null);

/// <summary>What the layout shows around every page, computed once per request.</summary>
public sealed record LayoutViewModel(
    IReadOnlyList<(ApplicationMenuItem Item, bool IsActive)> Menu,
    bool IsAuthenticated,
    string? UserName,
    string TenantDisplayName,
    bool ShowDemoBanner,
    string CultureName);
