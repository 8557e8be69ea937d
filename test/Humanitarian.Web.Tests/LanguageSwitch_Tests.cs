using System.Net;
using System.Text.RegularExpressions;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The language switch works without script: the server sets the culture cookie and sends the browser back
/// to the page it came from, and every later page keeps the language.
/// </summary>
public abstract class LanguageSwitch_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_remember_the_chosen_language_on_later_pages_and_return_to_the_page()
    {
        using var client = fixture.Factory.CreateApiClient();
        var login = await client.GetStringAsync("/Account/Login");
        login.ShouldContain("<html lang=\"vi-VN\">");
        // The layout's link, as a browser without script follows it.
        var link = Regex.Match(login, "href=\"(/Abp/Languages/Switch[^\"]*)\" lang=\"en\"").Groups[1].Value;
        link.ShouldNotBeEmpty();

        var switched = await client.GetAsync(WebUtility.HtmlDecode(link));

        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.Headers.Location!.OriginalString.ShouldBe("/Account/Login");
        switched.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den;", StringComparison.Ordinal));
        (await client.GetStringAsync("/Account/Login")).ShouldContain("<html lang=\"en\">");
        (await client.GetStringAsync("/Account/ForgotPassword")).ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task Should_keep_the_page_query_but_drop_its_own_culture_query_from_the_way_back()
    {
        using var client = fixture.Factory.CreateApiClient();
        var login = await client.GetStringAsync("/Account/Login?ReturnUrl=%2FOrganization%2FUnits&culture=en");
        var link = Regex.Match(login, "href=\"(/Abp/Languages/Switch[^\"]*)\" lang=\"vi\"").Groups[1].Value;

        var switched = await client.GetAsync(WebUtility.HtmlDecode(link));

        switched.Headers.Location!.OriginalString.ShouldBe("/Account/Login?ReturnUrl=%2FOrganization%2FUnits");
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    public async Task Should_never_send_the_browser_off_the_site(string returnUrl)
    {
        using var client = fixture.Factory.CreateApiClient();

        var switched = await client.GetAsync("/Abp/Languages/Switch?culture=en&uiCulture=en&returnUrl=" + Uri.EscapeDataString(returnUrl));

        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Should_ignore_a_language_the_app_does_not_offer()
    {
        using var client = fixture.Factory.CreateApiClient();

        var switched = await client.GetAsync("/Abp/Languages/Switch?culture=fr&uiCulture=fr&returnUrl=%2FAccount%2FLogin");

        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (switched.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        (await client.GetStringAsync("/Account/Login")).ShouldContain("<html lang=\"vi-VN\">");
    }
}

[Collection(Collections.Sqlite)]
public sealed class LanguageSwitch_Sqlite_Tests(SqliteAppFixture fixture) : LanguageSwitch_Tests<SqliteAppFixture>(fixture);
