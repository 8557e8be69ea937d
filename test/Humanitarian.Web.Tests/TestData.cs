using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The host's own test data, beside the tenants of <see cref="TenantTestData"/>: the fixture app is shared by
/// every class of a collection, so names are unique and nothing relies on another test's rows.
/// </summary>
public static class TestData
{
    public static Task<ApiClient> SignInHostAdminAsync(AppFixture fixture) => fixture.SignInAsync(null, "admin");

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
        var userName = TenantTestData.UniqueName("user");
        await CreateUserAsync(admin, userName, roleNames);
        return await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
    }

    public static async Task<JsonNode> CreateRoleAsync(ApiClient admin, string name)
    {
        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/roles",
            new { name, isDefault = false, isPublic = true }, HttpStatusCode.OK);
        return body!;
    }

    public static async Task<List<string>> ListUserNamesAsync(ApiClient client)
    {
        var list = await client.GetJsonAsync<JsonObject>("/api/identity/users?maxResultCount=1000");
        return list["items"]!.AsArray().Select(u => u!["userName"]!.GetValue<string>()).ToList();
    }

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
}
