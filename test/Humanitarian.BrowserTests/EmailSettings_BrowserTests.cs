using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The e-mail settings: the host admin finds them in the menu and sends a test e-mail to the SMTP sink; a
/// tenant's admin sees on ABP's settings page what the national level gives it, without its server.
/// </summary>
public sealed class EmailSettings_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private static string MailDir => Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_MAILDIR")
                                     ?? throw new InvalidOperationException("Run the tests with etc/test.sh (SMTP sink).");

    [Fact]
    public async Task Should_send_a_test_email_from_the_settings_page_and_show_success()
    {
        var target = $"thu-thu-{UniqueSuffix()}@example.org";
        await Session.SignInAsync(null, "admin");

        await Session.Navigation.Locator("[data-menu='SettingManagement'] > .nav-link").ClickAsync();
        await Session.NavigationLink("Cấu hình gửi e-mail").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/SettingManagement/Emailing$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Cấu hình gửi e-mail");
        // The page is also below "all settings" (/SettingManagement): only its own entry is the current one.
        await Expect(Session.Navigation.Locator("a[aria-current='page']")).ToHaveAttributeAsync("data-menu", "Emailing.Settings");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Gửi e-mail thử" }).ClickAsync();
        await Expect(Page.Locator("#Input_SenderEmailAddress")).Not.ToHaveValueAsync("");
        await Page.Locator("#Input_TargetEmailAddress").FillAsync(target);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Gửi", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/SettingManagement/Emailing$"));
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã gửi e-mail thử tới {target}. Máy chủ SMTP đã nhận thư.");
        Directory.EnumerateFiles(Path.Combine(MailDir, "new")).Count(f => File.ReadAllText(f).Contains(target)).ShouldBe(1);
        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_show_a_tenant_the_inherited_values_without_the_national_server_and_send_a_test_email()
    {
        var suffix = UniqueSuffix();
        var tenant = $"cai-dat-{suffix}";
        var target = $"thu-tinh-{suffix}@example.org";
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Cài đặt {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        var smtpPort = Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_PORT")
                       ?? throw new InvalidOperationException("Run the tests with etc/test.sh (SMTP sink).");
        await Session.SignInAsync(tenant, "admin");

        await Session.Navigation.Locator("[data-menu='SettingManagement'] > .nav-link").ClickAsync();
        await Session.NavigationLink("Tất cả cài đặt").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/SettingManagement$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Cài đặt");
        await Expect(Page.Locator("main [data-setting-group]")).ToHaveCountAsync(3);
        var email = Page.Locator("main [data-setting-group='Emailing']");
        await Expect(email.Locator("h2")).ToHaveTextAsync("Cấu hình gửi e-mail");

        // The national server is in use: named as such, its address and port never shown; the sender is inherited.
        var server = email.Locator("[data-setting='smtp-server']");
        await Expect(server).ToHaveAttributeAsync("data-inherited", "true");
        await Expect(server).ToHaveTextAsync("Máy chủ chung của Trung ương (địa chỉ, tài khoản và mật khẩu không hiển thị)");
        await Expect(email).Not.ToContainTextAsync(smtpPort);
        await Expect(email.Locator("[data-setting='smtp-password']")).ToHaveCountAsync(0);
        var sender = email.Locator("[data-setting='from-address']");
        await Expect(sender).ToHaveAttributeAsync("data-inherited", "true");
        await Expect(sender).ToContainTextAsync("mặc định của Trung ương");
        await Session.ScreenshotAsync("settings-01-tenant");

        await email.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Gửi e-mail thử" }).ClickAsync();
        await Page.Locator("#Input_TargetEmailAddress").FillAsync(target);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Gửi", Exact = true }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã gửi e-mail thử tới {target}. Máy chủ SMTP đã nhận thư.");
        Directory.EnumerateFiles(Path.Combine(MailDir, "new")).Count(f => File.ReadAllText(f).Contains(target)).ShouldBe(1);
        Session.ShouldHaveNoPageProblems();
    }
}
