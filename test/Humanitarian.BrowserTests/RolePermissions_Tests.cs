using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>A tenant admin grants a permission to a role in the permission editor; it is saved.</summary>
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
}
