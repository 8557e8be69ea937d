using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>A POST repeated with the same Idempotency-Key answers as the first time and writes nothing.</summary>
public abstract class Idempotency_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static Task<HttpResponseMessage> PostRoleAsync(ApiClient client, string roleName, string key) =>
        client.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = roleName },
            request => request.Headers.Add("Idempotency-Key", key));

    private static async Task<int> CountRolesAsync(ApiClient admin, string roleName) =>
        (await admin.GetJsonAsync<JsonObject>("/api/identity/roles/all"))["items"]!.AsArray()
            .Count(r => r!["name"]!.GetValue<string>() == roleName);

    [Fact]
    public async Task Should_replay_the_first_response_and_write_once()
    {
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var admin = await TestData.SignInAdminAsync(fixture, tenant);
        var key = Guid.NewGuid().ToString();
        var roleName = TestData.UniqueName("vai-tro");

        var first = await PostRoleAsync(admin, roleName, key);
        var second = await PostRoleAsync(admin, roleName, key);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await CountRolesAsync(admin, roleName)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_replay_a_refusal_too_and_treat_another_key_as_a_new_request()
    {
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var admin = await TestData.SignInAdminAsync(fixture, tenant);
        var key = Guid.NewGuid().ToString();

        // "admin" exists: refused, and the refusal is what the same key answers again.
        var refused = await PostRoleAsync(admin, "admin", key);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var repeated = await PostRoleAsync(admin, TestData.UniqueName("khac"), key);
        repeated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await repeated.Content.ReadAsStringAsync()).ShouldBe(await refused.Content.ReadAsStringAsync());

        var roleName = TestData.UniqueName("moi");
        (await PostRoleAsync(admin, roleName, Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountRolesAsync(admin, roleName)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_not_share_a_key_between_tenants()
    {
        var key = Guid.NewGuid().ToString();
        var roleName = TestData.UniqueName("chung");
        foreach (var tenant in new[] { await TestData.CreateTenantAsync(fixture), await TestData.CreateTenantAsync(fixture) })
        {
            using var admin = await TestData.SignInAdminAsync(fixture, tenant);
            (await PostRoleAsync(admin, roleName, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await CountRolesAsync(admin, roleName)).ShouldBe(1);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class Idempotency_Sqlite_Tests(SqliteAppFixture fixture) : Idempotency_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class Idempotency_MySql_Tests(MySqlAppFixture fixture) : Idempotency_Tests<MySqlAppFixture>(fixture);
