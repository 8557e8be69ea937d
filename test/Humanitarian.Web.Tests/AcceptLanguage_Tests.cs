using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The API answers in the language its client sends in Accept-Language (ABP's Angular app sends its user's
/// choice with every call); pages stay Vietnamese whatever the browser's language, until the user switches.
/// </summary>
public abstract class AcceptLanguage_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    // An /api validation error any anonymous caller can cause.
    private const string Invalid = "/api/abp/application-localization?cultureName=fr";
    private const string English = "The language \"fr\" is not offered";
    private const string Vietnamese = "Ngôn ngữ \"fr\" không được hỗ trợ";

    [Theory]
    [InlineData("en", English)]
    [InlineData("en-US,en;q=0.9", English)]
    [InlineData("fr-FR, en;q=0.5", English)]
    [InlineData("vi", Vietnamese)]
    [InlineData("vi-VN", Vietnamese)]
    [InlineData(null, Vietnamese)]
    [InlineData("fr", Vietnamese)]
    public async Task Should_answer_an_api_call_in_the_language_it_accepts_else_in_vietnamese(string? acceptLanguage, string message)
    {
        using var anonymous = fixture.Anonymous();

        var error = await ErrorAsync(anonymous, Invalid, acceptLanguage);

        error["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith(message);
    }

    [Theory]
    [InlineData("culture=en", "vi", English)]
    [InlineData("culture=vi-VN", "en", Vietnamese)]
    public async Task Should_put_the_query_string_before_the_header(string query, string acceptLanguage, string message)
    {
        using var anonymous = fixture.Anonymous();

        var error = await ErrorAsync(anonymous, $"{Invalid}&{query}", acceptLanguage);

        error["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith(message);
    }

    [Fact]
    public async Task Should_put_the_language_the_user_switched_to_before_the_header()
    {
        using var anonymous = fixture.Anonymous();
        (await anonymous.GetAsync("/Abp/Languages/Switch?culture=vi-VN&uiCulture=vi-VN&returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var error = await ErrorAsync(anonymous, Invalid, "en");

        error["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith(Vietnamese);
    }

    [Fact]
    public async Task Should_keep_pages_in_vietnamese_whatever_the_browsers_language()
    {
        using var anonymous = fixture.Anonymous();

        var login = await anonymous.SendAsync(HttpMethod.Get, "/Account/Login", null, r => r.Headers.AcceptLanguage.ParseAdd("en"));

        (await login.Content.ReadAsStringAsync()).ShouldContain("<html lang=\"vi-VN\">");
    }

    [Fact]
    public async Task Should_treat_a_link_a_page_offers_under_api_like_the_page()
    {
        using var anonymous = fixture.Anonymous();

        // An Excel export is a link under /api: the browser follows it as a navigation, with its own language.
        var error = await ErrorAsync(anonymous, Invalid, "en", navigation: true);

        error["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith(Vietnamese);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("vi-VN", "vi-VN")]
    [InlineData(null, "vi-VN")]
    public async Task Should_tell_abps_client_the_culture_its_header_chose(string? acceptLanguage, string cultureName)
    {
        using var anonymous = fixture.Anonymous();

        var response = await anonymous.SendAsync(HttpMethod.Get, "/api/abp/application-configuration", null, r => Accept(r, acceptLanguage));

        var configuration = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        configuration["localization"]!["currentCulture"]!["cultureName"]!.GetValue<string>().ShouldBe(cultureName);
        // So an HTTP cache in front keeps one answer per language.
        response.Headers.Vary.ShouldContain("Accept-Language");
    }

    [Fact]
    public async Task Should_require_the_culture_of_the_texts_as_abp_does_in_the_headers_language()
    {
        using var anonymous = fixture.Anonymous();

        var error = await ErrorAsync(anonymous, "/api/abp/application-localization", "en");

        error["validationErrors"]![0]!["members"]![0]!.GetValue<string>().ShouldBe("cultureName");
        error["message"]!.GetValue<string>().ShouldBe("Your request is not valid.");
    }

    private static async Task<JsonObject> ErrorAsync(ApiClient client, string url, string? acceptLanguage, bool navigation = false)
    {
        var response = await client.SendAsync(HttpMethod.Get, url, null, r =>
        {
            Accept(r, acceptLanguage);
            if (navigation)
            {
                r.Headers.Add("Sec-Fetch-Mode", "navigate");
            }
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return await ApiClient.ReadErrorAsync(response);
    }

    private static void Accept(HttpRequestMessage request, string? acceptLanguage)
    {
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class AcceptLanguage_Sqlite_Tests(SqliteAppFixture fixture) : AcceptLanguage_Tests<SqliteAppFixture>(fixture);
