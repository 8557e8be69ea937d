using System.Net;
using static Humanitarian.TestBase.TenantTestData;
using static Humanitarian.Web.Tests.TestData;

namespace Humanitarian.Web.Tests;

/// <summary>A list page reads its search and page from the short query names, and shrugs off bad ones.</summary>
public abstract class ListPages_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private async Task<string> PageTextAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_page_and_search_through_the_query_string()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var prefix = UniqueName("list");
        foreach (var n in Enumerable.Range(1, 3))
        {
            await CreateTenantAsync(host, displayName: $"{prefix} {n}");
        }

        var second = await PageTextAsync(host, $"/TenantManagement/Tenants?filter={prefix}&skip=1&max=1");
        second.ShouldContain("Hiển thị 2–2 trên tổng số 3");
        second.ShouldContain($"{prefix} 2");
        second.ShouldNotContain($"{prefix} 1<");

        // Malformed paging falls back to the first page; an over-long search is cut, not refused.
        (await PageTextAsync(host, $"/TenantManagement/Tenants?filter={prefix}&skip=abc&max=-5"))
            .ShouldContain("Hiển thị 1–3 trên tổng số 3");
        await PageTextAsync(host, "/TenantManagement/Tenants?filter=" + new string('x', 400));
    }
}

[Collection(Collections.Sqlite)]
public sealed class ListPages_Sqlite_Tests(SqliteAppFixture fixture) : ListPages_Tests<SqliteAppFixture>(fixture);

// On both databases: paging a filtered, sorted list (ordering and diacritic-folded search).
[Collection(Collections.MySql)]
public sealed class ListPages_MySql_Tests(MySqlAppFixture fixture) : ListPages_Tests<MySqlAppFixture>(fixture);
