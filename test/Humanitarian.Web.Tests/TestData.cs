using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>A tenant a test created for itself, with its admin's password.</summary>
public sealed record TestTenant(Guid Id, string Name, string DisplayName)
{
    public const string AdminPassword = "Thu-nghiem@2026";
}

/// <summary>
/// Data each test makes for itself: the fixture app is shared by every class of a collection, so names
/// are unique (<c>t-1a2b3c4d</c>) and nothing relies on another test's rows. A class whose tests need
/// no pristine tenant shares one (<see cref="TenantAsync"/>).
/// </summary>
public static class TestData
{
    public static string UniqueName(string prefix = "t") => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static Task<ApiClient> SignInHostAdminAsync(AppFixture fixture) => fixture.SignInAsync(null, "admin");

    public static async Task<TestTenant> CreateTenantAsync(
        AppFixture fixture, Guid? parentId = null, string level = "Province", string? displayName = null, string? name = null)
    {
        using var host = await SignInHostAdminAsync(fixture);
        return await CreateTenantAsync(host, parentId, level, displayName, name);
    }

    public static async Task<TestTenant> CreateTenantAsync(
        ApiClient host, Guid? parentId = null, string level = "Province", string? displayName = null, string? name = null)
    {
        name ??= UniqueName();
        displayName ??= "Tỉnh thử nghiệm " + name;
        var body = await host.SendExpectingAsync(HttpMethod.Post, "/api/multi-tenancy/tenants", new
        {
            name,
            displayName,
            level,
            parentId,
            adminEmailAddress = $"admin@{name}.test.local",
            adminPassword = TestTenant.AdminPassword,
        }, HttpStatusCode.OK);
        return new TestTenant(body!["id"]!.GetValue<Guid>(), name, displayName);
    }

    /// <summary>The tenant the tests of a class share (made by the first that asks).</summary>
    public static Task<TestTenant> TenantAsync(this ClassShared<TestTenant> shared, AppFixture fixture) =>
        shared.GetAsync(() => CreateTenantAsync(fixture));

    public static Task<ApiClient> SignInAdminAsync(AppFixture fixture, TestTenant tenant) =>
        fixture.SignInAsync(tenant.Name, "admin", TestTenant.AdminPassword);

    /// <summary>Creates a user in the admin's tenant; the password is the test tenants' admin password.</summary>
    public static async Task<JsonNode> CreateUserAsync(ApiClient admin, string userName, params string[] roleNames)
    {
        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName,
            name = "Văn A",
            surname = "Lê",
            email = $"{userName}@example.org",
            password = TestTenant.AdminPassword,
            isActive = true,
            roleNames,
        }, HttpStatusCode.OK);
        return body!;
    }

    /// <summary>A new user of <paramref name="tenant"/> holding <paramref name="roleNames"/>, signed in.</summary>
    public static async Task<ApiClient> SignInNewUserAsync(AppFixture fixture, TestTenant tenant, ApiClient admin, params string[] roleNames)
    {
        var userName = UniqueName("user");
        await CreateUserAsync(admin, userName, roleNames);
        return await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
    }

    public static async Task<JsonNode> CreateRoleAsync(ApiClient admin, string name)
    {
        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/roles",
            new { name, isDefault = false, isPublic = true }, HttpStatusCode.OK);
        return body!;
    }

    /// <summary>The <c>members</c> of every validation error of an error body.</summary>
    public static List<string> ValidationMembers(JsonNode? body) =>
        body?["error"]?["validationErrors"]?.AsArray()
            .SelectMany(e => e!["members"]!.AsArray().Select(m => m!.GetValue<string>()))
            .ToList() ?? [];

    public static async Task<List<string>> ListUserNamesAsync(ApiClient client)
    {
        var list = await client.GetJsonAsync<JsonObject>("/api/identity/users?maxResultCount=1000");
        return list["items"]!.AsArray().Select(u => u!["userName"]!.GetValue<string>()).ToList();
    }

    public static async Task<JsonObject> GetConfigurationAsync(ApiClient client) =>
        await client.GetJsonAsync<JsonObject>("/api/abp/application-configuration");

    /// <summary>A client that carries a bearer token of the user (password grant), and no cookie.</summary>
    public static async Task<ApiClient> SignInWithTokenAsync(AppFixture fixture, string? tenantName, string userName, string password)
    {
        var client = fixture.Anonymous(tenantName);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "Humanitarian_App", ["scope"] = "Humanitarian",
            ["username"] = userName, ["password"] = password,
        });
        var response = await client.SendAsync(HttpMethod.Post, "/connect/token", null, r => r.Content = form);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, text);
        client.UseBearer(JsonNode.Parse(text)!["access_token"]!.GetValue<string>());
        return client;
    }

    /// <summary>
    /// Sets the host's SMTP server and whether tenants may use their own; tests that depend on either
    /// set both, since the fixture's app is shared by the classes of a collection.
    /// </summary>
    public static async Task SetHostSmtpServerAsync(
        AppFixture fixture, bool allowTenantServers, string? userName = null, string? password = null)
    {
        using var host = await SignInHostAdminAsync(fixture);
        await host.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
        {
            smtpHost = "127.0.0.1", smtpPort = 25, smtpUserName = userName, smtpPassword = password, smtpEnableSsl = false,
            defaultFromAddress = "noreply@humanitarian.local", defaultFromDisplayName = "Humanitarian",
            allowTenantSmtpServer = allowTenantServers,
        }, HttpStatusCode.OK);
    }
}
