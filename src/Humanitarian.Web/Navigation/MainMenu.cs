using System.Globalization;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.Navigation;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Seeding;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Navigation;

/// <summary>
/// The top navigation, built from every <see cref="IMenuContributor"/> (the host's and the modules'):
/// each entry shown only to a user who holds its permission, a group only while one of its entries is.
/// </summary>
public sealed class MainMenu(
    IEnumerable<IMenuContributor> contributors,
    IServiceProvider serviceProvider,
    IPermissionChecker permissionChecker,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    DataSeeder dataSeeder,
    IStringLocalizer<HumanitarianResource> l) : IScopedDependency
{
    private LayoutViewModel? _layout;

    /// <summary>Every entry the contributors add, before permissions are checked, in menu order.</summary>
    public async Task<IReadOnlyList<ApplicationMenuItem>> GetItemsAsync()
    {
        var context = new MenuConfigurationContext(serviceProvider);
        foreach (var contributor in contributors)
        {
            await contributor.ConfigureMenuAsync(context);
        }
        return Ordered(context.Items);
    }

    /// <param name="requestPath">The request's path below the path base, e.g. <c>/Identity/Users/Edit</c>.</param>
    /// <param name="resolveUrl">Turns an entry's <c>~/</c> URL into the link to render.</param>
    public async Task<LayoutViewModel> GetLayoutAsync(string? requestPath, Func<string, string> resolveUrl)
    {
        if (_layout is not null)
        {
            return _layout;
        }
        var menu = new List<MenuItemViewModel>();
        if (currentUser.IsAuthenticated)
        {
            foreach (var item in await GetItemsAsync())
            {
                if (await ShowAsync(item, requestPath ?? "/", resolveUrl) is { } shown)
                {
                    menu.Add(shown);
                }
            }
        }
        var tenantName = l["HostDisplayName"].Value;
        if (currentTenant.Id is { } tenantId)
        {
            tenantName = (await tenantStore.FindAsync(tenantId))?.DisplayName ?? currentTenant.Name ?? tenantName;
        }
        return _layout = new LayoutViewModel(
            menu, currentUser.IsAuthenticated, currentUser.UserName, tenantName,
            currentUser.IsAuthenticated && dataSeeder.DemoEnabled, CultureInfo.CurrentUICulture.Name);
    }

    private async Task<MenuItemViewModel?> ShowAsync(ApplicationMenuItem item, string requestPath, Func<string, string> resolveUrl)
    {
        if (item.RequiredPermission is { } permission && !await permissionChecker.IsGrantedAsync(permission))
        {
            return null;
        }
        var children = new List<MenuItemViewModel>();
        foreach (var child in Ordered(item.Items))
        {
            if (await ShowAsync(child, requestPath, resolveUrl) is { } shown)
            {
                children.Add(shown);
            }
        }
        if (item.Url is null && children.Count == 0)
        {
            return null;
        }
        children = OnlyMostSpecificCurrent(children);
        var active = IsCurrent(item.Url, requestPath) || children.Any(c => c.IsActive);
        return new MenuItemViewModel(item, item.Url is null ? null : resolveUrl(item.Url), active, children);
    }

    /// <summary>
    /// Where a page lies below two entries of a group (<c>~/SettingManagement</c> and
    /// <c>~/SettingManagement/Emailing</c>), only the entry closest to it is the current one.
    /// </summary>
    private static List<MenuItemViewModel> OnlyMostSpecificCurrent(List<MenuItemViewModel> entries)
    {
        var current = entries.Where(e => e.IsActive && e.Item.Url is not null).ToList();
        if (current.Count < 2)
        {
            return entries;
        }
        var closest = current.MaxBy(e => e.Item.Url!.Length);
        return entries.Select(e => e.IsActive && e.Item.Url is not null && e != closest ? e with { IsActive = false } : e).ToList();
    }

    /// <summary>
    /// An entry is current on its own page and on the pages below it: <c>~/Identity/Users</c> on
    /// <c>/Identity/Users/Edit</c>; the home entry only on the home page.
    /// </summary>
    public static bool IsCurrent(string? url, string requestPath)
    {
        if (url is null || !url.StartsWith("~/", StringComparison.Ordinal))
        {
            return false;
        }
        var path = url[1..].TrimEnd('/');
        var current = requestPath.TrimEnd('/');
        if (current.EndsWith("/Index", StringComparison.OrdinalIgnoreCase))
        {
            current = current[..^"/Index".Length];
        }
        return path.Length == 0
            ? current.Length == 0
            : current.Equals(path, StringComparison.OrdinalIgnoreCase)
              || current.StartsWith(path + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static List<ApplicationMenuItem> Ordered(IEnumerable<ApplicationMenuItem> items) =>
        items.OrderBy(i => i.Order).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
}
