using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The foundation issue's newcomer flow through the UI only: the host admin creates a province and a
/// district under it; the district's own admin then sees that district and nothing of the host's.
/// </summary>
public sealed class NewcomerFlow_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string ProvinceDisplayName = "Tỉnh Thử Nghiệm";
    private const string DistrictDisplayName = "Huyện Thử Nghiệm";
    private const string TenantsMenu = "Danh sách tỉnh/thành/huyện";
    private static readonly Regex TenantsIndexUrl = new(@"/TenantManagement/Tenants/?(\?.*)?$", RegexOptions.IgnoreCase);

    [Fact]
    public async Task Should_let_the_host_admin_create_a_province_and_a_district_whose_admin_sees_only_that_district()
    {
        var suffix = UniqueSuffix();
        var province = $"tinh-{suffix}";
        var district = $"huyen-{suffix}";
        var districtAdminEmail = $"admin.{district}@example.org";

        // 1. Anonymous → sign-in page → host admin (tenant field empty) → the national dashboard.
        await Session.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Session.SignInAsync(null, "admin");
        await Expect(Page).ToHaveURLAsync(new Regex(@"^[^?]*://[^/]+/$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Tổng hợp toàn quốc");
        await Expect(Page.Locator(".navbar-account .navbar-text")).ToContainTextAsync("Trung ương");
        await Expect(Page.Locator("[data-stat=provinces]")).Not.ToHaveTextAsync("0");
        await Expect(Page.Locator("canvas[data-chart]")).ToHaveAttributeAsync("data-chart-initialized", "true");
        await Session.ScreenshotAsync("01-host-dashboard");

        // 2. The tenants page from the navigation's tenants menu.
        await Session.Navigation.Locator("[data-menu='TenantManagement'] > .nav-link").ClickAsync();
        await Session.NavigationLink(TenantsMenu).ClickAsync();
        await Expect(Page).ToHaveURLAsync(TenantsIndexUrl);
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Tỉnh, thành phố, huyện");
        // Hidden in the closed dropdown, so found by its menu name rather than by role.
        await Expect(Session.Navigation.Locator("a[data-menu='TenantManagement.Tenants']")).ToHaveAttributeAsync("aria-current", "page");

        // 3. A province, then a district under it.
        await CreateTenantAsync(province, ProvinceDisplayName, parentLabel: null, level: "Province", "admin." + province + "@example.org");
        await CreateTenantAsync(district, DistrictDisplayName, parentLabel: $"{ProvinceDisplayName} ({province})", level: "District", districtAdminEmail);
        await Session.ScreenshotAsync("02-tenants-after-create");

        var rows = await SearchTenantsAsync(suffix);
        await Expect(rows).ToHaveCountAsync(2);
        var districtRow = rows.Filter(new LocatorFilterOptions { Has = Page.Locator("code", new PageLocatorOptions { HasText = district }) });
        await Expect(districtRow.Locator("td").Nth(1)).ToHaveTextAsync(DistrictDisplayName);
        await Expect(districtRow.Locator("td").Nth(2)).ToHaveTextAsync("Quận/huyện/thị xã");
        await Expect(districtRow.Locator("td").Nth(3)).ToHaveTextAsync(ProvinceDisplayName);
        await Session.ScreenshotAsync("03-tenants-search");

        // 4. Sign out, sign in to the district as its admin.
        await Session.SignOutAsync();
        await Session.SignInAsync(district, "admin");
        await Expect(Page.Locator(".navbar-account .navbar-text")).ToHaveTextAsync(DistrictDisplayName);
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(DistrictDisplayName);
        await Expect(Page.Locator("main .page-subtitle")).ToContainTextAsync($"Trực thuộc: {ProvinceDisplayName}");
        await Expect(Page.Locator("[data-stat=users]")).ToHaveTextAsync("1");
        await Session.ScreenshotAsync("04-district-dashboard");

        // 5. Host-only: no tenants entry in the district's navigation (which does have its own entries).
        await Expect(Session.NavigationLink("Người dùng")).ToBeVisibleAsync();
        await Expect(Session.Navigation.Locator("[data-menu^='TenantManagement']")).ToHaveCountAsync(0);
        await Expect(Session.Navigation.Locator("a[href*='TenantManagement' i]")).ToHaveCountAsync(0);

        // 6. The users page lists the district's admin only: not the host's admin, not the demo users.
        await Session.NavigationLink("Người dùng").ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Người dùng");
        var users = Page.Locator("main table tbody tr");
        await Expect(users).ToHaveCountAsync(1);
        await Expect(users.Locator("td").Nth(0)).ToHaveTextAsync("admin");
        await Expect(users.Locator("td").Nth(2)).ToHaveTextAsync(districtAdminEmail);
        await Session.ScreenshotAsync("05-district-users");

        // 7. The tenants page opened directly is refused.
        await OpenTenantsPageDeniedAsync();

        Session.ShouldHaveNoPageProblems();
    }

    private async Task CreateTenantAsync(string name, string displayName, string? parentLabel, string level, string adminEmail)
    {
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thêm tỉnh/thành/huyện" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/TenantManagement/Tenants/Create", RegexOptions.IgnoreCase));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Thêm tỉnh/thành/huyện");

        await Page.GetByLabel("Mã", new PageGetByLabelOptions { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Tên hiển thị", new PageGetByLabelOptions { Exact = true }).FillAsync(displayName);
        if (parentLabel is not null)
        {
            await Page.GetByLabel("Trực thuộc", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = parentLabel });
        }
        await Page.GetByLabel("Cấp", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = level });
        await Page.GetByLabel("E-mail quản trị viên", new PageGetByLabelOptions { Exact = true }).FillAsync(adminEmail);
        await Page.GetByLabel("Mật khẩu quản trị viên", new PageGetByLabelOptions { Exact = true }).FillAsync(HostProcess.DemoPassword);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(TenantsIndexUrl);
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã thêm '{displayName}'.");
        Session.Log($"created tenant {name} ({displayName})");
    }

    private async Task<ILocator> SearchTenantsAsync(string text)
    {
        await Page.Locator("#filter").FillAsync(text);
        await Page.Locator("#filter").PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]filter=" + Regex.Escape(text)));
        return Page.Locator("main table tbody tr");
    }

    private async Task OpenTenantsPageDeniedAsync()
    {
        Session.ExpectProblem(new Regex(@"Failed to load resource: the server responded with a status of 403"));
        var response = await Session.GotoAsync("/TenantManagement/Tenants");
        response.Status.ShouldBe(403, $"at {Page.Url}");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Account/AccessDenied");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Không có quyền truy cập");
        await Expect(Page.Locator("main table")).ToHaveCountAsync(0);
    }
}
