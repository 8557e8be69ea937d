using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>The app starts on an empty database of either provider and keeps Vietnamese text intact.</summary>
public abstract class Database_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string VietnameseText = "Thành phố Hồ Chí Minh – Đặng Minh Hưng, Quỹ hỗ trợ phòng, chống dịch 🙏";

    [Fact]
    public async Task Should_have_applied_every_migration_to_the_empty_database_it_started_on()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();

        dbContext.Database.ProviderName.ShouldEndWith(fixture.Provider == DatabaseProvider.Sqlite ? ".Sqlite" : ".MySql");
        (await dbContext.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        var applied = (await dbContext.Database.GetAppliedMigrationsAsync()).ToList();
        applied.ShouldNotBeEmpty();
        applied.ShouldBe(dbContext.Database.GetMigrations().ToList());

        using var client = fixture.Anonymous();
        await client.SendExpectingAsync(HttpMethod.Get, "/health", null, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_keep_vietnamese_text_and_4_byte_characters_through_a_round_trip()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);

        var created = await TenantTestData.CreateTenantAsync(host, displayName: VietnameseText);

        var read = await host.GetJsonAsync<JsonObject>($"/api/multi-tenancy/tenants/{created.Id}");
        read["displayName"]!.GetValue<string>().ShouldBe(VietnameseText);
        using var anonymous = fixture.Anonymous();
        var byName = await anonymous.GetJsonAsync<JsonObject>($"/api/abp/multi-tenancy/tenants/by-name/{created.Name}");
        byName["displayName"]!.GetValue<string>().ShouldBe(VietnameseText);
        // Straight from the database too, past every cache.
        using var scope = fixture.Factory.Services.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        (await dbContext.Tenants.AsNoTracking().SingleAsync(t => t.Id == created.Id)).DisplayName.ShouldBe(VietnameseText);
        // Diacritic-insensitive search finds it by its folded name.
        var found = await host.GetJsonAsync<JsonObject>($"/api/multi-tenancy/tenants?filter={Uri.EscapeDataString("dang minh hung")}");
        found["items"]!.AsArray().Select(t => t!["id"]!.GetValue<Guid>()).ShouldContain(created.Id);
    }

    [Fact]
    public async Task Should_keep_vietnamese_names_of_users_through_a_round_trip()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var userName = TenantTestData.UniqueName("u");
        var id = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName,
            name = "Hưng 🙏",
            surname = "Đặng Minh",
            email = $"{userName}@example.org",
            password = TestTenant.AdminPassword,
            roleNames = new[] { "viewer" },
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        var read = await admin.GetJsonAsync<JsonObject>($"/api/identity/users/{id}");

        read["name"]!.GetValue<string>().ShouldBe("Hưng 🙏");
        read["surname"]!.GetValue<string>().ShouldBe("Đặng Minh");
    }

    [Fact]
    public async Task Should_write_vietnamese_letters_unescaped_in_json()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var created = await TenantTestData.CreateTenantAsync(host, displayName: VietnameseText);

        var response = await host.GetAsync($"/api/multi-tenancy/tenants/{created.Id}");
        var raw = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.CharSet.ShouldBe("utf-8");
        raw.ShouldContain("Đặng Minh Hưng");
        raw.ShouldContain("Thành phố Hồ Chí Minh");
        raw.ShouldNotContain("\\u0110");
        raw.ShouldNotContain("\\u1EB7");

        // Error bodies too (Vietnamese is the default culture).
        var missing = await host.GetAsync($"/api/multi-tenancy/tenants/{Guid.NewGuid()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var error = await missing.Content.ReadAsStringAsync();
        error.ShouldContain("Không tìm thấy");
        error.ShouldNotContain("\\u");
    }
}

[Collection(Collections.Sqlite)]
public sealed class Database_Sqlite_Tests(SqliteAppFixture fixture) : Database_Tests<SqliteAppFixture>(fixture);

// On both databases: migrations, utf8mb4 text and diacritic-folded search are what differ by provider.
[Collection(Collections.MySql)]
public sealed class Database_MySql_Tests(MySqlAppFixture fixture) : Database_Tests<MySqlAppFixture>(fixture);
