using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// ABP's user dialog offers the roles of <c>assignable-roles</c>; a manager of users gives only roles whose
/// every grant it holds, and changes no user who holds more than it does — else it could rise sideways.
/// </summary>
public abstract class AssignableRoles_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string UsersUrl = "/api/identity/users";

    /// <summary>A tenant, its admin, and a signed-in user whose one role manages users and nothing else.</summary>
    private async Task<(TestTenant Tenant, ApiClient Admin, ApiClient Manager, string ManagerRole)> UserManagerAsync()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var role = TenantTestData.UniqueName("usermgr");
        await TestData.CreateRoleAsync(admin, role);
        await GrantAsync(admin, role, "AbpIdentity.Users", "AbpIdentity.Users.Create", "AbpIdentity.Users.Update", "AbpIdentity.Users.Delete");
        var manager = await TestData.SignInNewUserAsync(fixture, tenant, admin, role);
        return (tenant, admin, manager, role);
    }

    internal static Task GrantAsync(ApiClient admin, string role, params string[] permissions) =>
        admin.SendExpectingAsync(HttpMethod.Put, PermissionsApi.Url(role),
            new { permissions = permissions.Select(name => new { name, isGranted = true }) }, HttpStatusCode.OK);

    private static async Task<List<string>> AssignableAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonObject>(UsersUrl + "/assignable-roles"))["items"]!.AsArray()
        .Select(r => r!["name"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Should_offer_only_the_roles_whose_every_grant_the_caller_holds()
    {
        var (_, admin, manager, managerRole) = await UserManagerAsync();
        using var _a = admin;
        using var _m = manager;
        var empty = TenantTestData.UniqueName("empty");
        await TestData.CreateRoleAsync(admin, empty);

        // The admin holds every permission of its side: every role, in ABP's IdentityRoleDto shape.
        var all = await admin.GetJsonAsync<JsonObject>(UsersUrl + "/assignable-roles");
        var adminRole = all["items"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "admin")!;
        adminRole["id"]!.GetValue<Guid>().ShouldNotBe(Guid.Empty);
        adminRole["isStatic"]!.GetValue<bool>().ShouldBeTrue();
        adminRole["isDefault"].ShouldNotBeNull();
        adminRole["isPublic"].ShouldNotBeNull();
        adminRole["concurrencyStamp"]!.GetValue<string>().ShouldNotBeEmpty();
        (await AssignableAsync(admin)).ShouldContain("viewer");

        // The user manager: its own role and a role without grants, not admin nor viewer (who read beneficiaries).
        var offered = await AssignableAsync(manager);
        offered.ShouldContain(managerRole);
        offered.ShouldContain(empty);
        offered.ShouldNotContain("admin");
        offered.ShouldNotContain("viewer");
    }

    [Fact]
    public async Task Should_not_let_a_user_manager_give_take_or_hijack_a_role_above_its_own()
    {
        var (tenant, admin, manager, managerRole) = await UserManagerAsync();
        using var _a = admin;
        using var _m = manager;

        // Creating an admin, or a viewer, is refused with ABP's error body; no user is made.
        var name = TenantTestData.UniqueName("sideways");
        var refused = await manager.SendExpectingAsync(HttpMethod.Post, UsersUrl, NewUser(name, "admin"), HttpStatusCode.Forbidden);
        refused!["error"]!["message"]!.GetValue<string>().ShouldContain("admin");
        await manager.SendExpectingAsync(HttpMethod.Post, UsersUrl, NewUser(name, "viewer"), HttpStatusCode.Forbidden);
        (await TestData.ListUserNamesAsync(admin)).ShouldNotContain(name);

        // A role it may give is fine; then giving that user admin is refused and changes nothing.
        var created = await manager.SendExpectingAsync(HttpMethod.Post, UsersUrl, NewUser(name, managerRole), HttpStatusCode.OK);
        var id = created!["id"]!.GetValue<Guid>();
        var edit = EditInAbpDialog(await manager.GetJsonAsync<JsonObject>($"{UsersUrl}/{id}"), managerRole, "admin");
        await manager.SendExpectingAsync(HttpMethod.Put, $"{UsersUrl}/{id}", edit, HttpStatusCode.Forbidden);
        RoleNames(await admin.GetJsonAsync<JsonObject>($"{UsersUrl}/{id}/roles")).ShouldBe([managerRole]);

        // Nor may it touch a user above it: not the admin's password (it would be the admin then), nor delete it.
        var tenantAdmin = (await admin.GetJsonAsync<JsonObject>(UsersUrl + "?filter=admin@"))["items"]!.AsArray()
            .Single(u => u!["userName"]!.GetValue<string>() == "admin")!.AsObject();
        var takeover = EditInAbpDialog(tenantAdmin, "admin");
        takeover["password"] = "Chiem-quyen@2026";
        await manager.SendExpectingAsync(HttpMethod.Put, $"{UsersUrl}/{tenantAdmin["id"]}", takeover, HttpStatusCode.Forbidden);
        await manager.SendExpectingAsync(HttpMethod.Delete, $"{UsersUrl}/{tenantAdmin["id"]}", null, HttpStatusCode.Forbidden);
        (await fixture.SignInAsync(tenant.Name, "admin", TestTenant.AdminPassword)).Dispose();

        // A default role it may not give is not given by leaving the roles empty.
        var adminRole = (await admin.GetJsonAsync<JsonObject>("/api/identity/roles/all"))["items"]!.AsArray()
            .Single(r => r!["name"]!.GetValue<string>() == "admin")!.AsObject();
        adminRole["isDefault"] = true;
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/identity/roles/{adminRole["id"]}", adminRole, HttpStatusCode.OK);
        var defaulted = await manager.SendExpectingAsync(HttpMethod.Post, UsersUrl, NewUser(TenantTestData.UniqueName("plain")), HttpStatusCode.OK);
        defaulted!["roleNames"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldNotContain("admin");
    }

    [Fact]
    public async Task Should_save_abp_dialogs_user_with_its_roles_and_refuse_a_null_role_name()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var name = TenantTestData.UniqueName("abp");
        // ABP's new-user dialog: an empty phone number and surname as typed-then-cleared fields post them.
        var input = NewUser(name, "viewer");
        input["phoneNumber"] = "";
        input["surname"] = "";
        var created = await admin.SendExpectingAsync(HttpMethod.Post, UsersUrl, input, HttpStatusCode.OK);
        var id = created!["id"]!.GetValue<Guid>();
        created["phoneNumber"].ShouldBeNull();

        // Its edit dialog: the user as read, the form over it, the ticked roles, an empty password (kept).
        var read = await admin.GetJsonAsync<JsonObject>($"{UsersUrl}/{id}");
        var edit = EditInAbpDialog(read, "viewer", "admin");
        edit["name"] = "Thị B";
        var updated = await admin.SendExpectingAsync(HttpMethod.Put, $"{UsersUrl}/{id}", edit, HttpStatusCode.OK);
        updated!["name"]!.GetValue<string>().ShouldBe("Thị B");
        RoleNames(await admin.GetJsonAsync<JsonObject>($"{UsersUrl}/{id}/roles")).ShouldBe(["admin", "viewer"], ignoreOrder: true);
        (await fixture.SignInAsync(tenant.Name, name, TestTenant.AdminPassword)).Dispose();

        // The stamp read before is stale now.
        await admin.SendExpectingAsync(HttpMethod.Put, $"{UsersUrl}/{id}", EditInAbpDialog(read, "viewer"), HttpStatusCode.Conflict);

        // A null among the role names is a validation error, not a crash; a null list keeps the roles.
        var current = await admin.GetJsonAsync<JsonObject>($"{UsersUrl}/{id}");
        var withNull = EditInAbpDialog(current, "viewer");
        withNull["roleNames"] = new JsonArray(JsonValue.Create("viewer"), null);
        var body = await admin.SendExpectingAsync(HttpMethod.Put, $"{UsersUrl}/{id}", withNull, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(body).ShouldHaveSingleItem().ShouldStartWith("roleNames");
        var keep = EditInAbpDialog(current);
        keep["roleNames"] = null;
        await admin.SendExpectingAsync(HttpMethod.Put, $"{UsersUrl}/{id}", keep, HttpStatusCode.OK);
        RoleNames(await admin.GetJsonAsync<JsonObject>($"{UsersUrl}/{id}/roles")).ShouldBe(["admin", "viewer"], ignoreOrder: true);

        // The users list as ABP's table asks for it.
        var page = await admin.GetJsonAsync<JsonObject>($"{UsersUrl}?filter={name}&sorting=userName%20desc&skipCount=0&maxResultCount=10");
        page["totalCount"]!.GetValue<long>().ShouldBe(1);
        page["items"]!.AsArray().ShouldHaveSingleItem()!["userName"]!.GetValue<string>().ShouldBe(name);
    }

    private static JsonObject NewUser(string userName, params string[] roleNames) => new()
    {
        ["userName"] = userName, ["password"] = TestTenant.AdminPassword, ["name"] = "Văn A", ["surname"] = "Lê",
        ["email"] = $"{userName}@example.org", ["phoneNumber"] = null, ["isActive"] = true, ["lockoutEnabled"] = true,
        ["roleNames"] = new JsonArray(roleNames.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
    };

    /// <summary>What ABP's dialog PUTs: the user as read, the form's fields over it, the ticked roles.</summary>
    private static JsonObject EditInAbpDialog(JsonObject read, params string[] roleNames)
    {
        var edit = read.DeepClone().AsObject();
        edit["password"] = "";
        edit["roleNames"] = new JsonArray(roleNames.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray());
        return edit;
    }

    private static List<string> RoleNames(JsonObject roles) =>
        roles["items"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
}

[Collection(Collections.Sqlite)]
public sealed class AssignableRoles_Sqlite_Tests(SqliteAppFixture fixture) : AssignableRoles_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class AssignableRoles_MySql_Tests(MySqlAppFixture fixture) : AssignableRoles_Tests<MySqlAppFixture>(fixture);
