using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>A POST repeated with the same Idempotency-Key answers as the first time and writes nothing.</summary>
public abstract class Idempotency_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
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
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var key = Guid.NewGuid().ToString();
        var roleName = TenantTestData.UniqueName("vai-tro");

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
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var key = Guid.NewGuid().ToString();

        // "admin" exists: refused, and the refusal is what the same key answers again.
        var refused = await PostRoleAsync(admin, "admin", key);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var repeated = await PostRoleAsync(admin, TenantTestData.UniqueName("khac"), key);
        repeated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await repeated.Content.ReadAsStringAsync()).ShouldBe(await refused.Content.ReadAsStringAsync());

        var roleName = TenantTestData.UniqueName("moi");
        (await PostRoleAsync(admin, roleName, Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountRolesAsync(admin, roleName)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_write_once_when_twenty_requests_with_one_key_race()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var key = Guid.NewGuid().ToString();
        var recipient = TenantTestData.UniqueName("dong-thoi") + "@example.org";

        // A test e-mail has nothing unique about it: only the key keeps the twenty to one message.
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            admin.SendAsync(HttpMethod.Post, "/api/app/email-message/send-test", new { to = recipient },
                request => request.Headers.Add("Idempotency-Key", key))));

        var outbox = await admin.GetJsonAsync<JsonObject>("/api/app/email-message?maxResultCount=1000");
        outbox["items"]!.AsArray().Count(m => m!["to"]!.GetValue<string>() == recipient).ShouldBe(1);
        var answered = responses.Where(r => r.StatusCode != HttpStatusCode.Conflict).ToList();
        answered.ShouldNotBeEmpty();
        answered.ShouldAllBe(r => r.IsSuccessStatusCode);
        foreach (var busy in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            busy.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
            (await ApiClient.ReadErrorAsync(busy))["message"]!.GetValue<string>()
                .ShouldBe("Yêu cầu đầu tiên với Idempotency-Key này vẫn đang chạy. Vui lòng thử lại sau giây lát.");
        }
    }

    [Fact]
    public async Task Should_answer_409_while_the_first_request_runs_and_run_again_once_its_reservation_is_dead()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var key = Guid.NewGuid().ToString();
        (await PostRoleAsync(admin, TenantTestData.UniqueName("dau"), key)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // As if the first request were still running on some server.
        await UpdateRecordAsync(key, DateTime.UtcNow);
        var whileRunning = TenantTestData.UniqueName("trong-khi");
        var busy = await PostRoleAsync(admin, whileRunning, key);
        busy.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        busy.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
        (await CountRolesAsync(admin, whileRunning)).ShouldBe(0);

        // The server running it died three minutes ago: the key is free again.
        await UpdateRecordAsync(key, DateTime.UtcNow.AddMinutes(-3));
        var afterwards = TenantTestData.UniqueName("sau");
        (await PostRoleAsync(admin, afterwards, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountRolesAsync(admin, afterwards)).ShouldBe(1);
    }

    /// <summary>Turns the key's stored answer back into a reservation made at <paramref name="reservedAt"/>.</summary>
    private async Task UpdateRecordAsync(string key, DateTime reservedAt)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var records = scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>().Set<IdempotencyRecord>();
        var updated = await records.IgnoreQueryFilters().Where(r => r.Scope.EndsWith("|" + key))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.StatusCode, IdempotencyRecord.Pending)
                .SetProperty(r => r.CreationTime, reservedAt));
        updated.ShouldBe(1);
    }

    [Fact]
    public async Task Should_never_replay_an_answer_to_an_anonymous_caller()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> TokenAsync(string password)
        {
            using var client = fixture.Anonymous(tenant.Name);
            return await client.SendAsync(HttpMethod.Post, "/connect/token", null, request =>
            {
                request.Headers.Add("Idempotency-Key", key);
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "password", ["client_id"] = "Humanitarian_App", ["username"] = "admin", ["password"] = password,
                });
            });
        }

        (await TokenAsync(TestTenant.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Someone else repeating the key without the password gets a refusal, not the admin's token.
        var replay = await TokenAsync("Sai-mat-khau@1");

        replay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await replay.Content.ReadAsStringAsync()).ShouldNotContain("access_token");
    }

    [Fact]
    public async Task Should_not_share_a_key_between_tenants()
    {
        var key = Guid.NewGuid().ToString();
        var roleName = TenantTestData.UniqueName("chung");
        foreach (var tenant in new[] { await classTenant.TenantAsync(fixture), await TenantTestData.CreateTenantAsync(fixture) })
        {
            using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
            (await PostRoleAsync(admin, roleName, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await CountRolesAsync(admin, roleName)).ShouldBe(1);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class Idempotency_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : Idempotency_Tests<SqliteAppFixture>(fixture, tenant);

// On both databases: idempotency rows, a unique key under a race of twenty requests and reservation times.
[Collection(Collections.MySql)]
public sealed class Idempotency_MySql_Tests(MySqlAppFixture fixture, ClassShared<TestTenant> tenant)
    : Idempotency_Tests<MySqlAppFixture>(fixture, tenant);
