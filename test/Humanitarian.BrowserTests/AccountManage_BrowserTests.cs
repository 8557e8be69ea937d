using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// A user opens their own account from the user menu, corrects their name and changes their password:
/// the browser stays signed in, and from then on only the new password signs in.
/// </summary>
public sealed class AccountManage_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string NewPassword = "Mat-khau-rieng@2026";

    [Fact]
    public async Task Should_change_the_own_password_and_sign_in_with_the_new_one_only()
    {
        var userName = "doi-mat-khau-" + UniqueSuffix();
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, "ha-noi", "admin"))
        {
            await admin.CreateAsync("/api/identity/users", new
            {
                userName, email = userName + "@example.org", password = HostProcess.DemoPassword, isActive = true, roleNames = new[] { "viewer" },
            });
        }
        await Session.SignInAsync("ha-noi", userName);

        // The demo banner's request leads to the password tab; the user menu to the profile.
        await Expect(Page.Locator(".demo-banner a")).ToHaveAttributeAsync("href", "/Account/Manage/ChangePassword");
        await Page.Locator(".navbar-account .dropdown-toggle").Filter(new LocatorFilterOptions { Has = Page.Locator(".current-user-name") }).ClickAsync();
        await Page.Locator(".navbar-account a[data-menu='Account.Manage']").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Manage$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Tài khoản của tôi");
        await Expect(Page.Locator("#current-user-name")).ToHaveValueAsync(userName);
        await Page.Locator("#Input_Surname").FillAsync("Trần");
        await Page.Locator("#Input_Name").FillAsync("Thị Hoa");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã lưu thông tin cá nhân.");
        await Expect(Page.Locator("#Input_Name")).ToHaveValueAsync("Thị Hoa");

        await Page.Locator("[data-manage-tab='Password']").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Manage/ChangePassword$"));
        // A wrong current password is refused beside its field, in Vietnamese.
        await Page.Locator("#Input_CurrentPassword").FillAsync("Khong-dung@2026");
        await Page.Locator("#Input_NewPassword").FillAsync(NewPassword);
        await Page.Locator("#Input_ConfirmPassword").FillAsync(NewPassword);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Đổi mật khẩu" }).ClickAsync();
        await Expect(Page.Locator("main [data-valmsg-for='Input.CurrentPassword']")).ToHaveTextAsync("Mật khẩu hiện tại không đúng.");

        await Page.Locator("#Input_CurrentPassword").FillAsync(HostProcess.DemoPassword);
        await Page.Locator("#Input_NewPassword").FillAsync(NewPassword);
        await Page.Locator("#Input_ConfirmPassword").FillAsync(NewPassword);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Đổi mật khẩu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync("Đã đổi mật khẩu.");
        await Session.ScreenshotAsync("account-01-password-changed");

        // Still signed in: the sessions tab lists this browser's new session, the only one.
        await Page.Locator("[data-manage-tab='Sessions']").ClickAsync();
        await Expect(Page.Locator(".current-user-name")).ToHaveTextAsync(userName);
        await Expect(Page.Locator("main table.sessions-table tbody tr")).ToHaveCountAsync(1);

        await Session.SignOutAsync();
        await Session.FillSignInFormAsync("ha-noi", userName, HostProcess.DemoPassword);
        await Expect(Page.Locator(".login-error")).ToHaveTextAsync("Sai tên đăng nhập hoặc mật khẩu.");
        await Session.SignInAsync("ha-noi", userName, NewPassword);
        Session.ShouldHaveNoPageProblems();
    }
}
