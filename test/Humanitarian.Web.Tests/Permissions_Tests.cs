using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Web.Tests.PermissionsApi;

namespace Humanitarian.Web.Tests;

/// <summary>A tenant's admin grants and revokes permissions of its roles; host permissions stay with the host.</summary>
public abstract class Permissions_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_list_a_roles_permissions_grouped_by_module_with_their_grants()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

        var list = await admin.GetJsonAsync<JsonObject>(Url("viewer"));

        list["entityDisplayName"]!.GetValue<string>().ShouldBe("viewer");
        var group = list["groups"]!.AsArray().Single(g => g!["name"]!.GetValue<string>() == BeneficiariesPermission)!;
        group["displayName"]!.GetValue<string>().ShouldBe("Địa chỉ nhân đạo");
        var permissions = Permissions(list);
        permissions[BeneficiariesPermission]["parentName"].ShouldBeNull();
        permissions[BeneficiariesPermission]["displayName"]!.GetValue<string>().ShouldBe("Địa chỉ nhân đạo");
        permissions[SensitiveDataPermission]["parentName"]!.GetValue<string>().ShouldBe(BeneficiariesPermission);
        // The viewer reads lists and sees no sensitive data by default.
        IsGranted(list, BeneficiariesPermission).ShouldBeTrue();
        IsGranted(list, SensitiveDataPermission).ShouldBeFalse();
        IsGranted(await admin.GetJsonAsync<JsonObject>(Url("admin")), SensitiveDataPermission).ShouldBeTrue();

        await admin.SendExpectingAsync(HttpMethod.Get, Url("no-such-role"), null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_not_offer_host_permissions_to_a_tenant()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

        var list = await admin.GetJsonAsync<JsonObject>(Url("admin"));

        list["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ShouldNotContain("AbpTenantManagement");
        Permissions(list).Keys.Where(k => k.StartsWith("AbpTenantManagement", StringComparison.Ordinal)).ShouldBeEmpty();
        Permissions(list).Keys.ShouldContain("AbpIdentity.Users");
        var refused = await admin.SendExpectingAsync(HttpMethod.Put, Url("viewer"), new
        {
            permissions = new[] { new { name = "AbpTenantManagement.Tenants", isGranted = true } },
        }, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(refused).ShouldContain("permissions");
        (await TenantTestData.GetConfigurationAsync(admin))["auth"]!["grantedPolicies"]!.AsObject()
            .Select(p => p.Key).Where(k => k.StartsWith("AbpTenantManagement", StringComparison.Ordinal)).ShouldBeEmpty();

        // The host does see them.
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var hostList = await host.GetJsonAsync<JsonObject>(Url("admin"));
        Permissions(hostList).Keys.ShouldContain("AbpTenantManagement.Tenants");
        IsGranted(hostList, "AbpTenantManagement.Tenants.Create").ShouldBeTrue();
    }

    [Fact]
    public async Task Should_neither_offer_nor_grant_the_permissions_of_a_module_without_features()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

        // Awards is wired but has no pages or services: its permissions are disabled (ABP's IsEnabled).
        var list = await admin.GetJsonAsync<JsonObject>(Url("admin"));
        list["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ShouldNotContain("Humanitarian.Awards");
        var refused = await admin.SendExpectingAsync(HttpMethod.Put, Url("viewer"), new
        {
            permissions = new[] { new { name = "Humanitarian.Awards.Rounds", isGranted = true } },
        }, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(refused).ShouldContain("permissions");
        // Even the admin, who holds every grant of its side, is not granted it.
        (await TenantTestData.GetConfigurationAsync(admin))["auth"]!["grantedPolicies"]!.AsObject()
            .Select(p => p.Key).Where(k => k.StartsWith("Humanitarian.Awards", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}

[Collection(Collections.Sqlite)]
public sealed class Permissions_Sqlite_Tests(SqliteAppFixture fixture) : Permissions_Tests<SqliteAppFixture>(fixture);

/// <summary>The permission management API as the permission tests read it.</summary>
public static class PermissionsApi
{
    public const string BeneficiariesPermission = "Humanitarian.Beneficiaries";
    public const string SensitiveDataPermission = "Humanitarian.Beneficiaries.SensitiveData";

    public static string Url(string role) => $"/api/permission-management/permissions?providerName=R&providerKey={role}";

    public static Dictionary<string, JsonNode> Permissions(JsonNode list) =>
        list["groups"]!.AsArray()
            .SelectMany(g => g!["permissions"]!.AsArray())
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);

    public static bool IsGranted(JsonNode list, string name) => Permissions(list)[name]["isGranted"]!.GetValue<bool>();
}

/// <summary>A grant reaches the role's users in its own tenant only.</summary>
public abstract class PermissionGrants_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_grant_a_permission_to_a_role_and_its_users()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var viewerName = TenantTestData.UniqueName("viewer");
        await TestData.CreateUserAsync(admin, viewerName, "viewer");
        using (var before = await fixture.SignInAsync(tenant.Name, viewerName, TestTenant.AdminPassword))
        {
            var granted = (await TenantTestData.GetConfigurationAsync(before))["auth"]!["grantedPolicies"]!.AsObject();
            granted.Select(p => p.Key).ShouldContain(BeneficiariesPermission);
            granted.Select(p => p.Key).ShouldNotContain(SensitiveDataPermission);
        }

        await admin.SendExpectingAsync(HttpMethod.Put, Url("viewer"), new
        {
            permissions = new[] { new { name = BeneficiariesPermission, isGranted = true }, new { name = SensitiveDataPermission, isGranted = true } },
        }, HttpStatusCode.OK);

        IsGranted(await admin.GetJsonAsync<JsonObject>(Url("viewer")), SensitiveDataPermission).ShouldBeTrue();
        using var viewer = await fixture.SignInAsync(tenant.Name, viewerName, TestTenant.AdminPassword);
        var policies = (await TenantTestData.GetConfigurationAsync(viewer))["auth"]!["grantedPolicies"]!.AsObject();
        policies[SensitiveDataPermission]!.GetValue<bool>().ShouldBeTrue();

        // Another tenant's viewer role is untouched.
        var other = await TenantTestData.CreateTenantAsync(fixture);
        using var otherAdmin = await TenantTestData.SignInAdminAsync(fixture, other);
        IsGranted(await otherAdmin.GetJsonAsync<JsonObject>(Url("viewer")), SensitiveDataPermission).ShouldBeFalse();

        // And revoked again.
        await admin.SendExpectingAsync(HttpMethod.Put, Url("viewer"), new
        {
            permissions = new[] { new { name = SensitiveDataPermission, isGranted = false } },
        }, HttpStatusCode.OK);
        IsGranted(await admin.GetJsonAsync<JsonObject>(Url("viewer")), SensitiveDataPermission).ShouldBeFalse();
        (await TenantTestData.GetConfigurationAsync(viewer))["auth"]!["grantedPolicies"]!.AsObject()
            .Select(p => p.Key).ShouldNotContain(SensitiveDataPermission);
    }
}

[Collection(Collections.Sqlite)]
public sealed class PermissionGrants_Sqlite_Tests(SqliteAppFixture fixture) : PermissionGrants_Tests<SqliteAppFixture>(fixture);

// On both databases: grants are rows per tenant and role name, and every tenant has a role of that name.
[Collection(Collections.MySql)]
public sealed class PermissionGrants_MySql_Tests(MySqlAppFixture fixture) : PermissionGrants_Tests<MySqlAppFixture>(fixture);
