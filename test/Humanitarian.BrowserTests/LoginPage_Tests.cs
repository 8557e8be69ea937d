using System.Text.RegularExpressions;
using System.Web;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>The sign-in page as a first-time visitor sees it: Vietnamese, clean console, strict CSP, language switch.</summary>
public sealed class LoginPage_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_redirect_an_anonymous_visitor_to_a_Vietnamese_sign_in_page_without_console_errors_or_CSP_violations()
    {
        var response = await Session.GotoAsync("/");

        // GET / → 302 → /Account/Login?ReturnUrl=%2F
        var first = response.Request.RedirectedFrom;
        first.ShouldNotBeNull("GET / should have been redirected");
        new Uri(first.Url).AbsolutePath.ShouldBe("/");
        (await first.ResponseAsync())!.Status.ShouldBe(302);
        var url = new Uri(Page.Url);
        url.AbsolutePath.ShouldBe("/Account/Login");
        HttpUtility.ParseQueryString(url.Query)["ReturnUrl"].ShouldBe("/");
        response.Status.ShouldBe(200);
        // The page is served under a CSP without inline scripts, so "no violation" below means something.
        response.Headers.ShouldContainKey("content-security-policy");
        response.Headers["content-security-policy"].ShouldContain("script-src 'self'");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "vi-VN");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Đăng nhập"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Đăng nhập");
        await Expect(Page.GetByLabel("Tỉnh/thành/huyện", new PageGetByLabelOptions { Exact = true })).ToHaveAttributeAsync("name", "Input.TenantName");
        await Expect(Page.GetByLabel("Tên đăng nhập hoặc e-mail", new PageGetByLabelOptions { Exact = true })).ToHaveAttributeAsync("name", "Input.UserNameOrEmailAddress");
        await Expect(Page.GetByLabel("Mật khẩu", new PageGetByLabelOptions { Exact = true })).ToHaveAttributeAsync("type", "password");
        await Expect(Session.MainForm.Locator("button[type=submit]")).ToHaveTextAsync("Đăng nhập");
        // The stylesheets loaded (a refused or missing one would leave Bootstrap's button unstyled).
        await Expect(Session.MainForm.Locator("button[type=submit]")).ToHaveCSSAsync("display", "inline-block");

        // Late script errors (site.js, Bootstrap) have had their chance once the network is quiet.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_show_a_Vietnamese_error_for_a_wrong_password_and_switch_the_page_to_English()
    {
        await Session.GotoAsync("/Account/Login");

        await Session.FillSignInFormAsync("ha-noi", "committee-member", "Sai-mat-khau@1");

        await Expect(Page.Locator(".login-error")).ToHaveTextAsync("Sai tên đăng nhập hoặc mật khẩu.");
        await Expect(Page.Locator(".login-error")).ToHaveAttributeAsync("role", "alert");
        await Expect(Page.Locator(".current-user-name")).ToHaveCountAsync(0);
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Account/Login");
        // What was typed stays, except the password.
        await Expect(Page.Locator("#Input_TenantName")).ToHaveValueAsync("ha-noi");
        await Expect(Page.Locator("#Input_UserNameOrEmailAddress")).ToHaveValueAsync("committee-member");
        await Expect(Page.Locator("#Input_Password")).ToHaveValueAsync("");

        // Switched right on the refused form's answer: the switch must load the page with a GET and not
        // post the form again (that would be one more failed attempt towards the lockout).
        var posts = new List<string>();
        void RecordPost(object? sender, IRequest request)
        {
            if (request.Method != "GET")
            {
                posts.Add($"{request.Method} {request.Url}");
            }
        }
        Page.Request += RecordPost;
        await Page.Locator(".culture-switch .dropdown-toggle").ClickAsync();
        await Page.Locator(".culture-switch a[lang='en']").ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Page.Request -= RecordPost;
        posts.ShouldBeEmpty(string.Join(", ", posts));
        await Expect(Page).ToHaveTitleAsync(new Regex("^Sign in"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Sign in");
        await Expect(Page.GetByLabel("User name or e-mail", new PageGetByLabelOptions { Exact = true })).ToHaveAttributeAsync("name", "Input.UserNameOrEmailAddress");
        await Expect(Page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true })).ToHaveAttributeAsync("type", "password");
        await Expect(Session.MainForm.Locator("button[type=submit]")).ToHaveTextAsync("Sign in");

        // The choice sticks: the next wrong password is refused in English.
        await Session.FillSignInFormAsync("ha-noi", "committee-member", "Sai-mat-khau@1");
        await Expect(Page.Locator(".login-error")).ToHaveTextAsync("Wrong user name or password.");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        Session.ShouldHaveNoPageProblems();
    }
}
