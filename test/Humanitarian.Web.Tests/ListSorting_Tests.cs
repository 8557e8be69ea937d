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
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var tenantAdmin = await TenantTestData.SignInAdminAsync(fixture, tenant);
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
    public async Task Should_sort_the_reorganisations_by_the_requested_column()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var tag = TenantTestData.UniqueName("sap-nhap");
        var heir = await TenantTestData.CreateTenantAsync(host, displayName: $"{tag} Khánh Hòa");
        foreach (var source in new[] { $"{tag} Bình Thuận", $"{tag} An Giang" })
        {
            var tenant = await TenantTestData.CreateTenantAsync(host, displayName: source);
            await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{tenant.Id}/merge",
                new { successorId = heir.Id }, HttpStatusCode.OK);
        }

        async Task<List<string>> SortedAsync(string sorting) =>
            (await host.SendExpectingAsync(HttpMethod.Get,
                $"/api/multi-tenancy/tenant-reorganisations?filter={tag}&sorting={Uri.EscapeDataString(sorting)}", null, HttpStatusCode.OK))!
            ["items"]!.AsArray().Select(r => r!["sourceName"]!.GetValue<string>()).ToList();

        (await SortedAsync("sourceName")).ShouldBe([$"{tag} An Giang", $"{tag} Bình Thuận"]);
        (await SortedAsync("sourceName desc")).ShouldBe([$"{tag} Bình Thuận", $"{tag} An Giang"]);
    }

    [Theory]
    [InlineData("vi", "Không thể sắp xếp theo 'x'.", "Giá trị của trường name không hợp lệ.")]
    [InlineData("en", "Cannot sort by 'x'.", "The value of field name is not valid.")]
    public async Task Should_answer_framework_messages_in_the_request_culture(string culture, string cannotSort, string invalidValue)
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

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

/// <summary>The outbox, which once ignored its sorting, sorts by it in the database.</summary>
public abstract class ListOrder_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_sort_the_outbox_by_the_requested_column()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var recipients = new[] { "b-", "c-", "a-" }.Select(p => TenantTestData.UniqueName(p) + "@example.org").ToList();
        foreach (var to in recipients)
        {
            await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/email-message/send-test", new { to }, HttpStatusCode.OK);
        }

        async Task<List<string>> SortedAsync(string sorting) =>
            (await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/email-message?sorting={Uri.EscapeDataString(sorting)}", null,
                HttpStatusCode.OK))!["items"]!.AsArray().Select(m => m!["to"]!.GetValue<string>()).ToList();

        (await SortedAsync("to desc")).ShouldBe(recipients.OrderByDescending(r => r, StringComparer.Ordinal).ToList());
        (await SortedAsync("to")).ShouldBe(recipients.OrderBy(r => r, StringComparer.Ordinal).ToList());
    }
}

[Collection(Collections.Sqlite)]
public sealed class ListOrder_Sqlite_Tests(SqliteAppFixture fixture) : ListOrder_Tests<SqliteAppFixture>(fixture);

// On both databases: the rows come in the order of the database's ORDER BY, which each provider evaluates.
[Collection(Collections.MySql)]
public sealed class ListOrder_MySql_Tests(MySqlAppFixture fixture) : ListOrder_Tests<MySqlAppFixture>(fixture);
