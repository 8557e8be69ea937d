using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The permission editor: Vietnamese names grouped by module (technical names only on hover), and a
/// tenant admin's grant to a role is saved.
/// </summary>
public sealed class RolePermissions_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string SensitiveData = "Humanitarian.Beneficiaries.SensitiveData";
    private const string Beneficiaries = "Humanitarian.Beneficiaries";

    [Fact]
    public async Task Should_save_a_ticked_permission_of_the_viewer_role_and_show_it_ticked_after_reload()
    {
        await Session.SignInAsync("ha-noi", "admin");
        await Expect(Page.Locator(".navbar-account .navbar-text")).ToHaveTextAsync("Hà Nội");

        // Roles → the viewer's permission editor.
        await Session.NavigationLink("Vai trò").ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Vai trò");
        var viewerRow = Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions
        {
            Has = Page.Locator("td:first-child code", new PageLocatorOptions { HasTextRegex = new Regex("^viewer$") }),
        });
        await Expect(viewerRow).ToHaveCountAsync(1);
        await viewerRow.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Phân quyền" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/Identity/Roles/Permissions\?roleName=viewer$", RegexOptions.IgnoreCase));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Phân quyền cho vai trò 'viewer'");

        var sensitive = Page.Locator($"input[type=checkbox][data-permission='{SensitiveData}']");
        var parent = Page.Locator($"input[type=checkbox][data-permission='{Beneficiaries}']");
        await Expect(sensitive).ToHaveAttributeAsync("data-permission-parent", Beneficiaries);
        await Expect(sensitive).Not.ToBeCheckedAsync();

        // Ticking the child ticks its parent (a child counts only with it).
        await sensitive.CheckAsync();
        await Expect(sensitive).ToBeCheckedAsync();
        await Expect(parent).ToBeCheckedAsync();
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync("Đã lưu phân quyền cho vai trò 'viewer'.");

        // A fresh load from the server shows it ticked.
        await Page.ReloadAsync();
        await Expect(Page.Locator("main .alert-success")).ToHaveCountAsync(0);
        await Expect(sensitive).ToBeCheckedAsync();
        await Expect(parent).ToBeCheckedAsync();
        await Expect(sensitive).ToHaveAttributeAsync("checked", "checked");

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_show_vietnamese_names_grouped_by_module_with_the_technical_name_on_hover_only()
    {
        await Session.SignInAsync("ha-noi", "admin");
        // The home page counts child tenants in words of their own: "Đơn vị" is the menu's units.
        await Expect(Page.Locator("main")).ToContainTextAsync("Địa phương cấp dưới");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Đơn vị cấp dưới");
        await Session.GotoAsync("/Identity/Roles/Permissions?roleName=committee-member");

        var groups = Page.Locator("main .permission-editor h2.card-title");
        await Expect(groups).ToHaveTextAsync(["Tổ chức", "Cuộc vận động", "Địa chỉ nhân đạo", "Vận động tài chính",
            "Người dùng và vai trò", "Nhật ký hệ thống", "Cấu hình", "Mẫu e-mail"]);
        await Expect(groups.First).ToHaveAttributeAsync("title", "Humanitarian.Organization");
        // A permission reads in Vietnamese under its module's heading; its technical name is the label's title.
        var sensitive = Page.Locator("main [data-permission-group='Humanitarian.Beneficiaries'] label[title='Humanitarian.Beneficiaries.SensitiveData']");
        await Expect(sensitive).ToHaveTextAsync("Xem dữ liệu nhạy cảm (HIV, sức khỏe, CCCD)");
        await Expect(Page.Locator("main .permission-editor")).Not.ToContainTextAsync("Humanitarian.");
        await Expect(Page.Locator("main .permission-editor")).Not.ToContainTextAsync("AbpIdentity");
        // Awards has no pages yet: nothing of it is offered.
        await Expect(Page.Locator("main input[data-permission^='Humanitarian.Awards']")).ToHaveCountAsync(0);
        await Session.ScreenshotAsync("permissions-after");
        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_name_the_national_level_in_vietnamese_and_offer_the_host_no_lists_that_are_always_empty_there()
    {
        await Session.SignInAsync(null, "admin");

        await Expect(Page.Locator(".navbar-account .navbar-text")).ToHaveTextAsync("Trung ương");
        await Session.Navigation.Locator("[data-menu='Organization'] > .nav-link").ClickAsync();
        await Expect(Session.Navigation.Locator("[data-menu='Organization'] .dropdown-item")).ToHaveTextAsync(["Văn bản"]);
        // Nor lists that hang off units or communes: tasks, addresses and what follows them; the national floor stays.
        await Expect(Session.Navigation.Locator("a[data-menu='Campaigns.Campaigns']")).ToHaveCountAsync(1);
        await Expect(Session.Navigation.Locator("a[data-menu='Campaigns.MyTasks']")).ToHaveCountAsync(0);
        await Expect(Session.Navigation.Locator("a[data-menu^='Beneficiaries.']")).ToHaveCountAsync(1);
        await Expect(Session.Navigation.Locator("a[data-menu='Beneficiaries.Settings']")).ToHaveCountAsync(1);
        await Session.GotoAsync("/Identity/Roles/Permissions?roleName=admin");
        await Expect(Page.Locator("main [data-permission-group='AbpTenantManagement'] label[title='AbpTenantManagement.Tenants']"))
            .ToHaveTextAsync("Tỉnh, thành phố, huyện");
        await Session.ScreenshotAsync("permissions-after-host");
        Session.ShouldHaveNoPageProblems();
    }
}
