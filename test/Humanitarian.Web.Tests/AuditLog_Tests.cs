using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>Who changed which record and how, visible to the tenant's admins and to no other tenant.</summary>
public abstract class AuditLog_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static IEnumerable<(JsonNode Log, JsonNode Change)> ChangesOf(JsonNode list, Guid entityId) =>
        list["items"]!.AsArray().SelectMany(log => log!["entityChanges"]!.AsArray()
            .Where(c => c!["entityId"]!.GetValue<string>().Equals(entityId.ToString(), StringComparison.OrdinalIgnoreCase))
            .Select(c => (log, c!)));

    [Fact]
    public async Task Should_record_who_changed_a_users_name_from_what_to_what()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var adminId = (await TenantTestData.GetConfigurationAsync(admin))["currentUser"]!["id"]!.GetValue<Guid>();
        var userName = TenantTestData.UniqueName("u");
        var user = await TestData.CreateUserAsync(admin, userName, "viewer");
        var userId = user["id"]!.GetValue<Guid>();

        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/identity/users/{userId}", new
        {
            userName,
            name = "Thị Bích",
            surname = user["surname"]!.GetValue<string>(),
            email = user["email"]!.GetValue<string>(),
            isActive = true,
            roleNames = new[] { "viewer" },
            concurrencyStamp = user["concurrencyStamp"]!.GetValue<string>(),
        }, HttpStatusCode.OK);

        var list = await admin.GetJsonAsync<JsonObject>("/api/audit-logging/audit-logs?entityType=AppUser&maxResultCount=1000");
        var nameChanges = ChangesOf(list, userId)
            .Where(x => x.Change["changeType"]!.GetValue<string>() == "Updated")
            .SelectMany(x => x.Change["propertyChanges"]!.AsArray().Select(p => (x.Log, x.Change, Property: p!)))
            .Where(x => x.Property["propertyName"]!.GetValue<string>() == "Name")
            .ToList();
        var update = nameChanges.ShouldHaveSingleItem(list.ToJsonString());
        update.Property["originalValue"]!.GetValue<string>().ShouldBe("Văn A");
        update.Property["newValue"]!.GetValue<string>().ShouldBe("Thị Bích");
        update.Change["entityTypeFullName"]!.GetValue<string>().ShouldEndWith(".AppUser");
        update.Log["userId"]!.GetValue<Guid>().ShouldBe(adminId);
        update.Log["userName"]!.GetValue<string>().ShouldBe("admin");
        update.Log["httpMethod"]!.GetValue<string>().ShouldBe("PUT");
        // The creation was logged too, by the same admin.
        ChangesOf(list, userId).Select(x => x.Change["changeType"]!.GetValue<string>()).ShouldContain("Created");

        // Filtering by the record works, and another tenant's admin sees none of it.
        var byId = await admin.GetJsonAsync<JsonObject>($"/api/audit-logging/audit-logs?entityType=AppUser&entityId={userId}&maxResultCount=1000");
        ChangesOf(byId, userId).Select(x => x.Log["id"]!.GetValue<Guid>()).ShouldContain(update.Log["id"]!.GetValue<Guid>());
        ChangesOf(byId, userId).Select(x => x.Change["changeType"]!.GetValue<string>()).ShouldContain("Created");
        var other = await TenantTestData.CreateTenantAsync(fixture);
        using var otherAdmin = await TenantTestData.SignInAdminAsync(fixture, other);
        var seenByOther = await otherAdmin.GetJsonAsync<JsonObject>("/api/audit-logging/audit-logs?entityType=AppUser&maxResultCount=1000");
        ChangesOf(seenByOther, userId).ShouldBeEmpty();
        var byIdForOther = await otherAdmin.GetJsonAsync<JsonObject>($"/api/audit-logging/audit-logs?entityId={userId}");
        byIdForOther["totalCount"]!.GetValue<long>().ShouldBe(0);
        var logId = update.Log["id"]!.GetValue<Guid>();
        await otherAdmin.SendExpectingAsync(HttpMethod.Get, $"/api/audit-logging/audit-logs/{logId}", null, HttpStatusCode.NotFound);
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/audit-logging/audit-logs/{logId}", null, HttpStatusCode.OK);
    }
}

[Collection(Collections.Sqlite)]
public sealed class AuditLog_Sqlite_Tests(SqliteAppFixture fixture) : AuditLog_Tests<SqliteAppFixture>(fixture);

// On both databases: changes are stored as text per entity id and read back through the tenant filter.
[Collection(Collections.MySql)]
public sealed class AuditLog_MySql_Tests(MySqlAppFixture fixture) : AuditLog_Tests<MySqlAppFixture>(fixture);

/// <summary>Who may read the audit log: a permission check that no database changes, so SQLite only.</summary>
public abstract class AuditLogAccess_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_not_show_the_audit_log_to_a_user_without_the_permission()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        using var viewer = await TestData.SignInNewUserAsync(fixture, tenant, admin, "viewer");

        (await viewer.GetAsync("/api/audit-logging/audit-logs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(Collections.Sqlite)]
public sealed class AuditLogAccess_Sqlite_Tests(SqliteAppFixture fixture) : AuditLogAccess_Tests<SqliteAppFixture>(fixture);
