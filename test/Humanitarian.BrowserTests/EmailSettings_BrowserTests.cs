using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>The host admin finds the e-mail settings in the menu and sends a test e-mail to the SMTP sink.</summary>
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
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Gửi e-mail thử" }).ClickAsync();
        await Expect(Page.Locator("#Input_SenderEmailAddress")).Not.ToHaveValueAsync("");
        await Page.Locator("#Input_TargetEmailAddress").FillAsync(target);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Gửi", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/SettingManagement/Emailing$"));
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã gửi e-mail thử tới {target}. Máy chủ SMTP đã nhận thư.");
        Directory.EnumerateFiles(Path.Combine(MailDir, "new")).Count(f => File.ReadAllText(f).Contains(target)).ShouldBe(1);
        Session.ShouldHaveNoPageProblems();
    }
}
