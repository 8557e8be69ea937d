using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Behind a known proxy (nginx) the client's address and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto: the cookie is Secure, sessions record the real client, HSTS is sent. From any
/// other address those headers are ignored.
/// </summary>
public abstract class ForwardedHeaders_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Client = "203.0.113.9";
    private const string UnknownProxy = "192.0.2.44";

    /// <summary>A request as nginx passes it on: the client it saw (after whatever the client claimed itself) and https.</summary>
    private HttpClient Through(string proxy, string host = "localhost")
    {
        var http = TestClientAddress.From(fixture.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri($"http://{host}") }), proxy);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.1, {Client}");
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return http;
    }

    private static async Task<string> AuthCookieAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/account/login",
            new { userNameOrEmailAddress = "admin", password = HumanitarianWebFactory.DemoPassword, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Humanitarian.Auth=", StringComparison.Ordinal));
    }

    /// <summary>The addresses the new session recorded (a token sign-in, then the session list with it).</summary>
    private async Task<string> SessionAddressAsync(HttpClient http)
    {
        var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "Humanitarian_App", ["scope"] = "Humanitarian",
            ["username"] = "admin", ["password"] = HumanitarianWebFactory.DemoPassword,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var client = new ApiClient(fixture.Factory.CreateClient(new() { HandleCookies = false }), null);
        client.UseBearer((await token.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>());
        var sessions = await client.GetJsonAsync<JsonObject>("/api/account/sessions");
        var current = sessions["items"]!.AsArray().Single(i => i!["isCurrent"]!.GetValue<bool>())!;
        return string.Join(",", current["ipAddresses"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Theory]
    [InlineData(HumanitarianWebFactory.KnownProxy)]
    [InlineData("10.20.7.8")]
    [InlineData("127.0.0.1")]
    public async Task Should_take_the_client_address_and_scheme_from_a_known_proxy(string proxy)
    {
        using var http = Through(proxy);

        (await AuthCookieAsync(http)).ShouldContain("; secure", Case.Insensitive);
        (await SessionAddressAsync(http)).ShouldBe(Client);
    }

    [Fact]
    public async Task Should_ignore_forwarded_headers_from_an_unknown_proxy()
    {
        using var http = Through(UnknownProxy);

        (await AuthCookieAsync(http)).ShouldNotContain("; secure", Case.Insensitive);
        (await SessionAddressAsync(http)).ShouldBe(UnknownProxy);
    }

    [Fact]
    public async Task Should_send_hsts_over_https_outside_development()
    {
        using var viaProxy = Through(HumanitarianWebFactory.KnownProxy, "nhandao.example.vn");
        var response = await viaProxy.GetAsync("/Account/Login");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000");

        // Plain http (a header forged by an unknown proxy included) gets none: browsers ignore it there anyway.
        using var forged = Through(UnknownProxy, "nhandao.example.vn");
        (await forged.GetAsync("/Account/Login")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}

[Collection(Collections.Sqlite)]
public sealed class ForwardedHeaders_Sqlite_Tests(SqliteAppFixture fixture) : ForwardedHeaders_Tests<SqliteAppFixture>(fixture);
