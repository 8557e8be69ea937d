using System.Net;

namespace Humanitarian.Web.Tests;

/// <summary>A remembered tenant that no longer exists must not lock a browser out of the sign-in page.</summary>
public abstract class TenantCookie_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static HttpRequestMessage WithTenantCookie(string url, string tenant)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", "__tenant=" + tenant);
        return request;
    }

    [Fact]
    public async Task Should_show_the_sign_in_page_and_forget_an_unknown_remembered_tenant()
    {
        using var client = fixture.Factory.CreateApiClient();
        var response = await client.SendAsync(WithTenantCookie("/Account/Login", "khong-con-ton-tai"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("__tenant=;", StringComparison.Ordinal));
        (await response.Content.ReadAsStringAsync()).ShouldContain("Đăng nhập");
    }

    [Fact]
    public async Task Should_still_answer_404_to_an_api_call_naming_an_unknown_tenant_by_cookie()
    {
        using var client = fixture.Factory.CreateApiClient();
        var response = await client.SendAsync(WithTenantCookie("/api/abp/application-configuration", "khong-con-ton-tai"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiClient.ReadErrorAsync(response))["message"]!.GetValue<string>().ShouldContain("khong-con-ton-tai");
    }
}

[Collection(Collections.Sqlite)]
public sealed class TenantCookie_Sqlite_Tests(SqliteAppFixture fixture) : TenantCookie_Tests<SqliteAppFixture>(fixture);
