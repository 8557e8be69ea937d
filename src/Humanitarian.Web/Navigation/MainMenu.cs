using System.Globalization;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Seeding;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Navigation;

/// <summary>
/// The top navigation: every list page that exists, each shown only to a user who holds its
/// permission (and, for host pages, only on the host side).
/// </summary>
public sealed class MainMenu(
    IPermissionChecker permissionChecker,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    DataSeeder dataSeeder,
    IStringLocalizer<HumanitarianResource> l) : IScopedDependency
{
    public static readonly IReadOnlyList<ApplicationMenuItem> Items =
    [
        new("Home", "Menu:Home", "/Index", "fa-solid fa-house"),
        new("Tenants", "Menu:Tenants", "/TenantManagement/Tenants/Index", "fa-solid fa-sitemap",
            TenantManagementPermissions.Tenants.Default, HostOnly: true, PagePrefix: "/TenantManagement/"),
        new("Users", "Menu:Users", "/Identity/Users/Index", "fa-solid fa-users",
            IdentityPermissions.Users.Default, PagePrefix: "/Identity/Users/"),
        new("Roles", "Menu:Roles", "/Identity/Roles/Index", "fa-solid fa-user-shield",
            IdentityPermissions.Roles.Default, PagePrefix: "/Identity/Roles/"),
        new("AuditLogs", "Menu:AuditLogs", "/AuditLogs/Index", "fa-solid fa-clock-rotate-left",
            AuditLoggingPermissions.AuditLogs, PagePrefix: "/AuditLogs/"),
    ];

    private LayoutViewModel? _layout;

    /// <param name="currentPage">The page being rendered, e.g. <c>/Identity/Users/Index</c>.</param>
    public async Task<LayoutViewModel> GetLayoutAsync(string? currentPage)
    {
        if (_layout is not null)
        {
            return _layout;
        }
        var menu = new List<(ApplicationMenuItem, bool)>();
        if (currentUser.IsAuthenticated)
        {
            foreach (var item in Items)
            {
                if ((item.HostOnly && currentTenant.IsAvailable)
                    || (item.RequiredPermission is { } permission && !await permissionChecker.IsGrantedAsync(permission)))
                {
                    continue;
                }
                var active = currentPage is not null && (currentPage == item.Page
                    || (item.PagePrefix is not null && currentPage.StartsWith(item.PagePrefix, StringComparison.OrdinalIgnoreCase)));
                menu.Add((item, active));
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
}
