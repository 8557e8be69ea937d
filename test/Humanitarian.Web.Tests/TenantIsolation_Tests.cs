using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>A tenant's rows are invisible to every other tenant: another tenant's id is a 404.</summary>
public abstract class TenantIsolation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_not_let_a_tenant_list_read_update_or_delete_another_tenants_users()
    {
        var a = await TenantTestData.CreateTenantAsync(fixture);
        var b = await TenantTestData.CreateTenantAsync(fixture);
        using var adminA = await TenantTestData.SignInAdminAsync(fixture, a);
        using var adminB = await TenantTestData.SignInAdminAsync(fixture, b);
        var userName = TenantTestData.UniqueName("u");
        var userB = await TestData.CreateUserAsync(adminB, userName);
        var userBId = userB["id"]!.GetValue<Guid>();
        var adminBId = (await TenantTestData.GetConfigurationAsync(adminB))["currentUser"]!["id"]!.GetValue<Guid>();

        var namesSeenByA = await TestData.ListUserNamesAsync(adminA);
        namesSeenByA.ShouldNotContain(userName);
        namesSeenByA.ShouldBe(["admin"]);
        (await adminA.GetJsonAsync<JsonObject>($"/api/identity/users?filter={userName}"))["totalCount"]!.GetValue<long>().ShouldBe(0);

        foreach (var id in new[] { userBId, adminBId })
        {
            await adminA.SendExpectingAsync(HttpMethod.Get, $"/api/identity/users/{id}", null, HttpStatusCode.NotFound);
            await adminA.SendExpectingAsync(HttpMethod.Get, $"/api/identity/users/{id}/roles", null, HttpStatusCode.NotFound);
            await adminA.SendExpectingAsync(HttpMethod.Put, $"/api/identity/users/{id}", new
            {
                userName = "hijacked",
                name = "Chiếm",
                surname = "Quyền",
                email = "hijacked@example.org",
                isActive = false,
                roleNames = Array.Empty<string>(),
            }, HttpStatusCode.NotFound);
            await adminA.SendExpectingAsync(HttpMethod.Delete, $"/api/identity/users/{id}", null, HttpStatusCode.NotFound);
        }

        // B's user is untouched.
        var after = await adminB.GetJsonAsync<JsonObject>($"/api/identity/users/{userBId}");
        after["userName"]!.GetValue<string>().ShouldBe(userName);
        after["isActive"]!.GetValue<bool>().ShouldBeTrue();
        (await TestData.ListUserNamesAsync(adminB)).ShouldBe(["admin", userName], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_not_let_a_tenant_list_read_update_or_delete_another_tenants_roles()
    {
        var a = await TenantTestData.CreateTenantAsync(fixture);
        var b = await TenantTestData.CreateTenantAsync(fixture);
        using var adminA = await TenantTestData.SignInAdminAsync(fixture, a);
        using var adminB = await TenantTestData.SignInAdminAsync(fixture, b);
        var roleName = TenantTestData.UniqueName("role");
        var roleBId = (await TestData.CreateRoleAsync(adminB, roleName))["id"]!.GetValue<Guid>();

        var rolesOfA = await adminA.GetJsonAsync<JsonObject>("/api/identity/roles?maxResultCount=1000");
        var roleIdsOfA = rolesOfA["items"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).ToList();
        roleIdsOfA.ShouldNotContain(roleBId);
        rolesOfA["items"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ShouldNotContain(roleName);
        var allOfA = await adminA.GetJsonAsync<JsonObject>("/api/identity/roles/all");
        allOfA["items"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).ShouldNotContain(roleBId);

        // Also B's default "viewer" role, which A has a namesake of.
        var rolesOfB = await adminB.GetJsonAsync<JsonObject>("/api/identity/roles/all");
        var viewerOfB = rolesOfB["items"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "viewer")!["id"]!.GetValue<Guid>();
        roleIdsOfA.ShouldNotContain(viewerOfB);

        foreach (var id in new[] { roleBId, viewerOfB })
        {
            await adminA.SendExpectingAsync(HttpMethod.Get, $"/api/identity/roles/{id}", null, HttpStatusCode.NotFound);
            await adminA.SendExpectingAsync(HttpMethod.Put, $"/api/identity/roles/{id}",
                new { name = id == viewerOfB ? "viewer" : "hijacked", isDefault = true, isPublic = false }, HttpStatusCode.NotFound);
            await adminA.SendExpectingAsync(HttpMethod.Delete, $"/api/identity/roles/{id}", null, HttpStatusCode.NotFound);
        }

        var after = await adminB.GetJsonAsync<JsonObject>($"/api/identity/roles/{roleBId}");
        after["name"]!.GetValue<string>().ShouldBe(roleName);
        after["isDefault"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_ignore_a_tenant_header_naming_another_tenant_for_a_signed_in_user()
    {
        var a = await TenantTestData.CreateTenantAsync(fixture);
        var b = await TenantTestData.CreateTenantAsync(fixture);
        using var adminA = await TenantTestData.SignInAdminAsync(fixture, a);
        using var adminB = await TenantTestData.SignInAdminAsync(fixture, b);
        var userOfB = TenantTestData.UniqueName("u");
        await TestData.CreateUserAsync(adminB, userOfB);

        // Same cookies and antiforgery token as A's admin, but every request names tenant B.
        var aNamingB = new ApiClient(adminA.Http, b.Name);

        var config = await TenantTestData.GetConfigurationAsync(aNamingB);
        config["currentTenant"]!["name"]!.GetValue<string>().ShouldBe(a.Name);
        config["currentTenant"]!["id"]!.GetValue<Guid>().ShouldBe(a.Id);
        config["currentUser"]!["tenantId"]!.GetValue<Guid>().ShouldBe(a.Id);

        var names = await TestData.ListUserNamesAsync(aNamingB);
        names.ShouldNotContain(userOfB);
        names.ShouldBe(["admin"]);

        // A write lands in A's tenant too, not in B's.
        var roleName = TenantTestData.UniqueName("role");
        await TestData.CreateRoleAsync(aNamingB, roleName);
        (await adminA.GetJsonAsync<JsonObject>("/api/identity/roles/all"))["items"]!.AsArray()
            .Select(r => r!["name"]!.GetValue<string>()).ShouldContain(roleName);
        (await adminB.GetJsonAsync<JsonObject>("/api/identity/roles/all"))["items"]!.AsArray()
            .Select(r => r!["name"]!.GetValue<string>()).ShouldNotContain(roleName);

        // A tenant named in the query string is ignored as well.
        var viaQuery = await adminA.GetJsonAsync<JsonObject>($"/api/abp/application-configuration?__tenant={b.Name}");
        viaQuery["currentTenant"]!["name"]!.GetValue<string>().ShouldBe(a.Name);
    }

    [Fact]
    public async Task Should_not_show_another_tenants_users_on_the_user_pages()
    {
        var a = await TenantTestData.CreateTenantAsync(fixture);
        var b = await TenantTestData.CreateTenantAsync(fixture);
        using var adminA = await TenantTestData.SignInAdminAsync(fixture, a);
        using var adminB = await TenantTestData.SignInAdminAsync(fixture, b);
        var userOfB = TenantTestData.UniqueName("u");
        var userOfBId = (await TestData.CreateUserAsync(adminB, userOfB))["id"]!.GetValue<Guid>();
        var userOfA = TenantTestData.UniqueName("u");
        await TestData.CreateUserAsync(adminA, userOfA);

        var list = await adminA.GetAsync("/Identity/Users");
        var html = await list.Content.ReadAsStringAsync();
        list.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(userOfA); // the list renders its rows in the server's HTML
        html.ShouldNotContain(userOfB);

        var edit = await adminA.GetAsync($"/Identity/Users/Edit?id={userOfBId}");
        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await edit.Content.ReadAsStringAsync()).ShouldNotContain(userOfB);
    }
}

[Collection(Collections.Sqlite)]
public sealed class TenantIsolation_Sqlite_Tests(SqliteAppFixture fixture) : TenantIsolation_Tests<SqliteAppFixture>(fixture);

// On both databases: the tenant query filter is what is tested.
[Collection(Collections.MySql)]
public sealed class TenantIsolation_MySql_Tests(MySqlAppFixture fixture) : TenantIsolation_Tests<MySqlAppFixture>(fixture);
