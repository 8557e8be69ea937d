using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Web.Tests.PermissionsApi;

namespace Humanitarian.Web.Tests;

/// <summary>
/// ABP's permission dialog on a user (provider "U"): the user's own grants beside its roles', each
/// permission saying who grants it; guarded by AbpIdentity.Users.ManagePermissions and kept to the tenant.
/// </summary>
public abstract class UserPermissions_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static string UserUrl(object userId) => $"/api/permission-management/permissions?providerName=U&providerKey={userId}";

    private static List<JsonObject> GrantedProviders(JsonNode list, string permission) =>
        Permissions(list)[permission]["grantedProviders"]!.AsArray().Select(p => p!.AsObject()).ToList();

    [Fact]
    public async Task Should_say_which_role_grants_each_permission()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

        var list = await admin.GetJsonAsync<JsonObject>(Url("viewer"));

        var provider = GrantedProviders(list, BeneficiariesPermission).ShouldHaveSingleItem();
        provider["providerName"]!.GetValue<string>().ShouldBe("R");
        provider["providerKey"]!.GetValue<string>().ShouldBe("viewer");
        GrantedProviders(list, SensitiveDataPermission).ShouldBeEmpty();
        Permissions(list)[SensitiveDataPermission]["allowedProviders"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_grant_a_user_a_permission_of_its_own_beside_its_roles()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var userName = TenantTestData.UniqueName("own");
        var userId = (await TestData.CreateUserAsync(admin, userName, "viewer"))["id"]!.GetValue<Guid>();
        (await TenantTestData.GetConfigurationAsync(admin))["auth"]!["grantedPolicies"]!["AbpIdentity.Users.ManagePermissions"]!
            .GetValue<bool>().ShouldBeTrue();

        var list = await admin.GetJsonAsync<JsonObject>(UserUrl(userId));
        list["entityDisplayName"]!.GetValue<string>().ShouldBe(userId.ToString());
        IsGranted(list, BeneficiariesPermission).ShouldBeTrue();
        var byRole = GrantedProviders(list, BeneficiariesPermission).ShouldHaveSingleItem();
        (byRole["providerName"]!.GetValue<string>(), byRole["providerKey"]!.GetValue<string>()).ShouldBe(("R", "viewer"));
        IsGranted(list, SensitiveDataPermission).ShouldBeFalse();

        await admin.SendExpectingAsync(HttpMethod.Put, UserUrl(userId),
            new { permissions = new[] { new { name = SensitiveDataPermission, isGranted = true } } }, HttpStatusCode.OK);

        var own = GrantedProviders(await admin.GetJsonAsync<JsonObject>(UserUrl(userId)), SensitiveDataPermission).ShouldHaveSingleItem();
        (own["providerName"]!.GetValue<string>(), own["providerKey"]!.GetValue<string>()).ShouldBe(("U", userId.ToString()));
        // The grant is the user's alone: it holds it, the role does not.
        using (var user = await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword))
        {
            (await TenantTestData.GetConfigurationAsync(user))["auth"]!["grantedPolicies"]!.AsObject()
                .Select(p => p.Key).ShouldContain(SensitiveDataPermission);
        }
        IsGranted(await admin.GetJsonAsync<JsonObject>(Url("viewer")), SensitiveDataPermission).ShouldBeFalse();

        await admin.SendExpectingAsync(HttpMethod.Put, UserUrl(userId),
            new { permissions = new[] { new { name = SensitiveDataPermission, isGranted = false } } }, HttpStatusCode.OK);
        using (var user = await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword))
        {
            (await TenantTestData.GetConfigurationAsync(user))["auth"]!["grantedPolicies"]!.AsObject()
                .Select(p => p.Key).ShouldNotContain(SensitiveDataPermission);
        }
    }

    [Fact]
    public async Task Should_keep_user_grants_to_those_allowed_to_manage_them_in_their_own_tenant()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var targetId = (await TestData.CreateUserAsync(admin, TenantTestData.UniqueName("target"), "viewer"))["id"]!.GetValue<Guid>();

        // Managing users is not managing their permissions.
        var userManagerRole = TenantTestData.UniqueName("usermgr");
        await TestData.CreateRoleAsync(admin, userManagerRole);
        await AssignableRoles_Tests<TFixture>.GrantAsync(admin, userManagerRole, "AbpIdentity.Users", "AbpIdentity.Users.Update");
        using (var userManager = await TestData.SignInNewUserAsync(fixture, tenant, admin, userManagerRole))
        {
            var refused = await userManager.SendExpectingAsync(HttpMethod.Get, UserUrl(targetId), null, HttpStatusCode.Forbidden);
            refused!["error"]!["message"].ShouldNotBeNull();
        }

        // Who manages them grants only what it holds itself, even to itself.
        var grantsRole = TenantTestData.UniqueName("grants");
        await TestData.CreateRoleAsync(admin, grantsRole);
        await AssignableRoles_Tests<TFixture>.GrantAsync(admin, grantsRole,
            "AbpIdentity.Users", "AbpIdentity.Users.ManagePermissions", "AbpIdentity.Roles", "AbpIdentity.Roles.ManagePermissions");
        var granterName = TenantTestData.UniqueName("granter");
        var granterId = (await TestData.CreateUserAsync(admin, granterName, grantsRole))["id"]!.GetValue<Guid>();
        using (var granter = await fixture.SignInAsync(tenant.Name, granterName, TestTenant.AdminPassword))
        {
            await granter.SendExpectingAsync(HttpMethod.Put, UserUrl(granterId),
                new { permissions = new[] { new { name = "AbpIdentity.Users.Delete", isGranted = true } } }, HttpStatusCode.Forbidden);
            await granter.SendExpectingAsync(HttpMethod.Put, UserUrl(targetId),
                new { permissions = new[] { new { name = SensitiveDataPermission, isGranted = true } } }, HttpStatusCode.Forbidden);
            IsGranted(await admin.GetJsonAsync<JsonObject>(UserUrl(granterId)), "AbpIdentity.Users.Delete").ShouldBeFalse();
            // What it holds, it may pass on.
            await granter.SendExpectingAsync(HttpMethod.Put, UserUrl(targetId),
                new { permissions = new[] { new { name = "AbpIdentity.Users", isGranted = true } } }, HttpStatusCode.OK);
            // Nor does it hand out a grant it lacks through a role.
            await granter.SendExpectingAsync(HttpMethod.Put, Url("viewer"),
                new { permissions = new[] { new { name = SensitiveDataPermission, isGranted = true } } }, HttpStatusCode.Forbidden);
        }

        // Another tenant's user, and a key that is no user id, are not found here; the host does not reach a tenant's user.
        using var otherAdmin = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));
        var notFound = await otherAdmin.SendExpectingAsync(HttpMethod.Get, UserUrl(targetId), null, HttpStatusCode.NotFound);
        notFound!["error"]!["message"].ShouldNotBeNull();
        await otherAdmin.SendExpectingAsync(HttpMethod.Put, UserUrl(targetId),
            new { permissions = new[] { new { name = SensitiveDataPermission, isGranted = true } } }, HttpStatusCode.NotFound);
        await otherAdmin.SendExpectingAsync(HttpMethod.Get, UserUrl("admin"), null, HttpStatusCode.NotFound);
        using var host = await TestData.SignInHostAdminAsync(fixture);
        await host.SendExpectingAsync(HttpMethod.Get, UserUrl(targetId), null, HttpStatusCode.NotFound);
        IsGranted(await admin.GetJsonAsync<JsonObject>(UserUrl(targetId)), SensitiveDataPermission).ShouldBeFalse();

        // A provider ABP's clients may name but Humanitarian has not: a validation error on providerName.
        var unsupported = await admin.SendExpectingAsync(HttpMethod.Get,
            "/api/permission-management/permissions?providerName=C&providerKey=x", null, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(unsupported).ShouldBe(["providerName"]);
    }
}

[Collection(Collections.Sqlite)]
public sealed class UserPermissions_Sqlite_Tests(SqliteAppFixture fixture) : UserPermissions_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class UserPermissions_MySql_Tests(MySqlAppFixture fixture) : UserPermissions_Tests<MySqlAppFixture>(fixture);
