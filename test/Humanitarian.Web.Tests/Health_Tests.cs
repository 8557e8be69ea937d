using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

public abstract class Health_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_report_the_database_as_healthy_once_started()
    {
        using var client = fixture.Anonymous();
        var body = await client.SendExpectingAsync(HttpMethod.Get, "/health", null, HttpStatusCode.OK);
        body!["status"]!.GetValue<string>().ShouldBe("Healthy");
        body["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ShouldContain("database");
    }
}

[Collection(Collections.Sqlite)]
public sealed class Health_Sqlite_Tests(SqliteAppFixture fixture) : Health_Tests<SqliteAppFixture>(fixture);

// On both databases: the health check queries the provider the app runs on.
[Collection(Collections.MySql)]
public sealed class Health_MySql_Tests(MySqlAppFixture fixture) : Health_Tests<MySqlAppFixture>(fixture);

/// <summary>The seeded host admin signs in (the seeding itself is exercised on MariaDB by every MariaDB class): SQLite only.</summary>
public abstract class HealthSignIn_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_sign_in_the_host_admin_with_the_demo_password()
    {
        using var admin = await fixture.SignInAsync(null, "admin");
        var config = await admin.GetJsonAsync<JsonObject>("/api/abp/application-configuration");
        config["currentUser"]!["userName"]!.GetValue<string>().ShouldBe("admin");
        config["currentTenant"]!["isAvailable"]!.GetValue<bool>().ShouldBeFalse();
        config["localization"]!["currentCulture"]!["name"]!.GetValue<string>().ShouldBe("vi-VN");
    }
}

[Collection(Collections.Sqlite)]
public sealed class HealthSignIn_Sqlite_Tests(SqliteAppFixture fixture) : HealthSignIn_Tests<SqliteAppFixture>(fixture);
