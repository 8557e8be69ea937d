using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>A tenant's admin grants and revokes permissions of its roles; host permissions stay with the host.</summary>
public abstract class Permissions_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Beneficiaries = "Humanitarian.Beneficiaries";
    private const string SensitiveData = "Humanitarian.Beneficiaries.SensitiveData";

    private static string Url(string role) => $"/api/permission-management/permissions?providerName=R&providerKey={role}";

    private static Dictionary<string, JsonNode> Permissions(JsonNode list) =>
        list["groups"]!.AsArray()
            .SelectMany(g => g!["permissions"]!.AsArray())
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);

    private static bool IsGranted(JsonNode list, string name) => Permissions(list)[name]["isGranted"]!.GetValue<bool>();

    [Fact]
    public async Task Should_list_a_roles_permissions_grouped_by_module_with_their_grants()
    {
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var admin = await TestData.SignInAdminAsync(fixture, tenant);

        var list = await admin.GetJsonAsync<JsonObject>(Url("viewer"));

        list["entityDisplayName"]!.GetValue<string>().ShouldBe("viewer");
        var group = list["groups"]!.AsArray().Single(g => g!["name"]!.GetValue<string>() == Beneficiaries)!;
        group["displayName"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var permissions = Permissions(list);
        permissions[Beneficiaries]["parentName"].ShouldBeNull();
        permissions[Beneficiaries]["displayName"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        permissions[SensitiveData]["parentName"]!.GetValue<string>().ShouldBe(Beneficiaries);
        // The viewer reads lists and sees no sensitive data by default.
        IsGranted(list, Beneficiaries).ShouldBeTrue();
        IsGranted(list, SensitiveData).ShouldBeFalse();
        IsGranted(await admin.GetJsonAsync<JsonObject>(Url("admin")), SensitiveData).ShouldBeTrue();

        await admin.SendExpectingAsync(HttpMethod.Get, Url("no-such-role"), null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_grant_a_permission_to_a_role_and_its_users()
    {
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var admin = await TestData.SignInAdminAsync(fixture, tenant);
        var viewerName = TestData.UniqueName("viewer");
        await TestData.CreateUserAsync(admin, viewerName, "viewer");
        using (var before = await fixture.SignInAsync(tenant.Name, viewerName, TestTenant.AdminPassword))
        {
            var granted = (await TestData.GetConfigurationAsync(before))["auth"]!["grantedPolicies"]!.AsObject();
            granted.Select(p => p.Key).ShouldContain(Beneficiaries);
            granted.Select(p => p.Key).ShouldNotContain(SensitiveData);
        }

        await admin.SendExpectingAsync(HttpMethod.Put, Url("viewer"), new
        {
            permissions = new[] { new { name = Beneficiaries, isGranted = true }, new { name = SensitiveData, isGranted = true } },
        }, HttpStatusCode.OK);

        IsGranted(await admin.GetJsonAsync<JsonObject>(Url("viewer")), SensitiveData).ShouldBeTrue();
        using var viewer = await fixture.SignInAsync(tenant.Name, viewerName, TestTenant.AdminPassword);
        var policies = (await TestData.GetConfigurationAsync(viewer))["auth"]!["grantedPolicies"]!.AsObject();
        policies[SensitiveData]!.GetValue<bool>().ShouldBeTrue();

        // Another tenant's viewer role is untouched.
        var other = await TestData.CreateTenantAsync(fixture);
        using var otherAdmin = await TestData.SignInAdminAsync(fixture, other);
        IsGranted(await otherAdmin.GetJsonAsync<JsonObject>(Url("viewer")), SensitiveData).ShouldBeFalse();

        // And revoked again.
        await admin.SendExpectingAsync(HttpMethod.Put, Url("viewer"), new
        {
            permissions = new[] { new { name = SensitiveData, isGranted = false } },
        }, HttpStatusCode.OK);
        IsGranted(await admin.GetJsonAsync<JsonObject>(Url("viewer")), SensitiveData).ShouldBeFalse();
        (await TestData.GetConfigurationAsync(viewer))["auth"]!["grantedPolicies"]!.AsObject()
            .Select(p => p.Key).ShouldNotContain(SensitiveData);
    }

    [Fact]
    public async Task Should_not_offer_host_permissions_to_a_tenant()
    {
        var tenant = await TestData.CreateTenantAsync(fixture);
        using var admin = await TestData.SignInAdminAsync(fixture, tenant);

        var list = await admin.GetJsonAsync<JsonObject>(Url("admin"));

        list["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ShouldNotContain("AbpTenantManagement");
        Permissions(list).Keys.Where(k => k.StartsWith("AbpTenantManagement", StringComparison.Ordinal)).ShouldBeEmpty();
        Permissions(list).Keys.ShouldContain("AbpIdentity.Users");
        var refused = await admin.SendExpectingAsync(HttpMethod.Put, Url("viewer"), new
        {
            permissions = new[] { new { name = "AbpTenantManagement.Tenants", isGranted = true } },
        }, HttpStatusCode.BadRequest);
        TestData.ValidationMembers(refused).ShouldContain("permissions");
        (await TestData.GetConfigurationAsync(admin))["auth"]!["grantedPolicies"]!.AsObject()
            .Select(p => p.Key).Where(k => k.StartsWith("AbpTenantManagement", StringComparison.Ordinal)).ShouldBeEmpty();

        // The host does see them.
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var hostList = await host.GetJsonAsync<JsonObject>(Url("admin"));
        Permissions(hostList).Keys.ShouldContain("AbpTenantManagement.Tenants");
        IsGranted(hostList, "AbpTenantManagement.Tenants.Create").ShouldBeTrue();
    }
}

[Collection(Collections.Sqlite)]
public sealed class Permissions_Sqlite_Tests(SqliteAppFixture fixture) : Permissions_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class Permissions_MySql_Tests(MySqlAppFixture fixture) : Permissions_Tests<MySqlAppFixture>(fixture);
