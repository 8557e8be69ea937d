using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Every paged list, found in the OpenAPI document, refuses a sorting it does not offer (rather than
/// silently ignoring it), and framework messages answer in the request's culture.
/// </summary>
public abstract class ListSorting_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_refuse_an_unknown_sorting_on_every_list()
    {
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var tenantAdmin = await TestData.SignInAdminAsync(fixture, tenant);
        using var hostAdmin = await TestData.SignInHostAdminAsync(fixture);
        var lists = (await OpenApiRequestBodies.LoadAsync(fixture)).ListPaths();
        // The review named these two; the enumeration must see them, or it proves nothing.
        lists.ShouldContain("/api/app/email-message");
        lists.ShouldContain("/api/multi-tenancy/tenant-reorganisations");
        lists.ShouldContain("/api/app/unit");

        var failures = new List<string>();
        foreach (var list in lists)
        {
            foreach (var sorting in new[] { "password", "name sideways", "creationTime desc extra" })
            {
                var url = $"{list}?sorting={Uri.EscapeDataString(sorting)}";
                var response = await tenantAdmin.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    response = await hostAdmin.GetAsync(url);
                }
                var text = await response.Content.ReadAsStringAsync();
                var errors = response.StatusCode == HttpStatusCode.BadRequest ? JsonNode.Parse(text)!["error"]!["validationErrors"]!.AsArray() : [];
                if (!errors.Any(e => e!["message"]!.GetValue<string>() == $"Không thể sắp xếp theo '{sorting}'."
                                     && e["members"]!.AsArray().Single()!.GetValue<string>() == "sorting"))
                {
                    failures.Add($"GET {url} answered {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
                }
            }
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_still_sort_the_two_lists_that_ignored_sorting()
    {
        using var hostAdmin = await TestData.SignInHostAdminAsync(fixture);
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var admin = await TestData.SignInAdminAsync(fixture, tenant);

        (await admin.SendExpectingAsync(HttpMethod.Get, "/api/app/email-message?sorting=to%20desc", null, HttpStatusCode.OK))!
            ["items"].ShouldNotBeNull();
        (await hostAdmin.SendExpectingAsync(HttpMethod.Get, "/api/multi-tenancy/tenant-reorganisations?sorting=sourceName", null,
            HttpStatusCode.OK))!["items"].ShouldNotBeNull();
    }

    [Theory]
    [InlineData("vi", "Không thể sắp xếp theo 'x'.", "Giá trị của trường name không hợp lệ.")]
    [InlineData("en", "Cannot sort by 'x'.", "The value of field name is not valid.")]
    public async Task Should_answer_framework_messages_in_the_request_culture(string culture, string cannotSort, string invalidValue)
    {
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var admin = await TestData.SignInAdminAsync(fixture, tenant);

        var sorting = await admin.SendExpectingAsync(HttpMethod.Get, $"/api/identity/users?sorting=x&culture={culture}", null,
            HttpStatusCode.BadRequest);
        var wrongType = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/identity/roles?culture={culture}", new { name = 5 },
            HttpStatusCode.BadRequest);

        sorting!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe(cannotSort);
        wrongType!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe(invalidValue);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ListSorting_Sqlite_Tests(SqliteAppFixture fixture) : ListSorting_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class ListSorting_MySql_Tests(MySqlAppFixture fixture) : ListSorting_Tests<MySqlAppFixture>(fixture);
