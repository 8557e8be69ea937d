using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Web.Tests.TenantsApi;

namespace Humanitarian.Web.Tests;

/// <summary>The host's tenant management: provinces and their districts, each a workspace of its own.</summary>
public abstract class Tenants_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_create_a_province_with_a_district_whose_admin_sees_only_the_district()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var province = await TenantTestData.CreateTenantAsync(host, displayName: "Tỉnh Lai Châu thử nghiệm");
        var district = await TenantTestData.CreateTenantAsync(host, province.Id, "District", "Huyện Tam Đường thử nghiệm");

        var read = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}/{district.Id}");
        read["parentId"]!.GetValue<Guid>().ShouldBe(province.Id);
        read["parentName"]!.GetValue<string>().ShouldBe(province.DisplayName);
        read["level"]!.GetValue<string>().ShouldBe("District");
        read["isActive"]!.GetValue<bool>().ShouldBeTrue();
        read["concurrencyStamp"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        var children = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}?parentId={province.Id}");
        children["items"]!.AsArray().Select(t => t!["id"]!.GetValue<Guid>()).ShouldBe([district.Id]);

        using var districtAdmin = await TenantTestData.SignInAdminAsync(fixture, district);
        var config = await TenantTestData.GetConfigurationAsync(districtAdmin);
        config["currentTenant"]!["name"]!.GetValue<string>().ShouldBe(district.Name);
        config["currentTenant"]!["id"]!.GetValue<Guid>().ShouldBe(district.Id);
        config["currentUser"]!["tenantId"]!.GetValue<Guid>().ShouldBe(district.Id);
        config["auth"]!["grantedPolicies"]!.AsObject().Select(p => p.Key).ShouldContain("AbpIdentity.Users");
        (await TestData.ListUserNamesAsync(districtAdmin)).ShouldBe(["admin"]);
        var roles = await districtAdmin.GetJsonAsync<JsonObject>("/api/identity/roles/all");
        roles["items"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ShouldBe(
            ["admin", "committee-head", "committee-member", "standing-deputy", "unit-officer", "viewer"], ignoreOrder: true);

        // The province's admin is another user, and does not see the district's rows.
        using var provinceAdmin = await TenantTestData.SignInAdminAsync(fixture, province);
        var districtAdminId = config["currentUser"]!["id"]!.GetValue<Guid>();
        (await TenantTestData.GetConfigurationAsync(provinceAdmin))["currentUser"]!["id"]!.GetValue<Guid>().ShouldNotBe(districtAdminId);
        await provinceAdmin.SendExpectingAsync(HttpMethod.Get, $"/api/identity/users/{districtAdminId}", null, HttpStatusCode.NotFound);
        // Tenant management stays with the host.
        (await districtAdmin.GetAsync(TenantsUrl)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_404_with_an_error_body_to_an_anonymous_request_naming_an_unknown_tenant()
    {
        var unknown = TenantTestData.UniqueName("none");

        using var byHeader = fixture.Anonymous(unknown);
        var response = await byHeader.GetAsync("/api/abp/application-configuration");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var error = await ApiClient.ReadErrorAsync(response);
        error["code"]!.GetValue<string>().ShouldBe("Abp.MultiTenancy.TenantNotFound");
        error["message"]!.GetValue<string>().ShouldBe($"There is no tenant with the tenant id or name: {unknown}");

        using var byQuery = fixture.Anonymous();
        (await byQuery.GetAsync($"/api/abp/application-configuration?__tenant={unknown}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var login = await byQuery.PostAsync($"/api/account/login?__tenant={Guid.NewGuid()}",
            new { userNameOrEmailAddress = "admin", password = HumanitarianWebFactory.DemoPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var byCookie = fixture.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/abp/application-configuration");
        request.Headers.Add("Cookie", $"__tenant={unknown}");
        (await byCookie.Http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A known one resolves by each carrier.
        var config = await byQuery.GetJsonAsync<JsonObject>("/api/abp/application-configuration?__tenant=ha-noi");
        config["currentTenant"]!["name"]!.GetValue<string>().ShouldBe("ha-noi");
    }

    [Fact]
    public async Task Should_refuse_a_name_that_is_not_an_ascii_slug()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);

        foreach (var name in new[] { "Hà Nội", "ha noi", "Ha-Noi", "-ha-noi", "" })
        {
            var body = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, CreateInput(name), HttpStatusCode.BadRequest);
            TenantTestData.ValidationMembers(body).ShouldContain("name", $"name '{name}'");
        }
        // The host's own message (its resource, not one of ABP's it also carries) says what a name may hold.
        var spaced = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, CreateInput("ha noi"), HttpStatusCode.BadRequest);
        spaced!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("chỉ gồm chữ thường không dấu");
    }

    [Fact]
    public async Task Should_name_a_tenant_created_without_a_display_name_by_its_name_and_refuse_a_too_long_one()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var name = TenantTestData.UniqueName();

        var body = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, CreateInput(name, displayName: new string('x', 257)), HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(body).ShouldBe(["displayName"]);
        (await FindByNameAsync(fixture, name))["success"]!.GetValue<bool>().ShouldBeFalse();

        // ABP's own tenant dialog sends only these three fields.
        var created = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, new
        {
            name, adminEmailAddress = $"admin@{name}.test.local", adminPassword = TestTenant.AdminPassword,
        }, HttpStatusCode.OK);
        created!["displayName"]!.GetValue<string>().ShouldBe(name);
        (await FindByNameAsync(fixture, name))["displayName"]!.GetValue<string>().ShouldBe(name);
    }

    [Fact]
    public async Task Should_refuse_a_parent_that_would_make_a_cycle()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var province = await TenantTestData.CreateTenantAsync(host);
        var district = await TenantTestData.CreateTenantAsync(host, province.Id, "District");
        var commune = await TenantTestData.CreateTenantAsync(host, district.Id, "Commune");
        var current = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}/{province.Id}");

        foreach (var parent in new[] { province.Id, district.Id, commune.Id })
        {
            var body = await host.SendExpectingAsync(HttpMethod.Put, $"{TenantsUrl}/{province.Id}",
                UpdateInput(current, t => t["parentId"] = parent), HttpStatusCode.BadRequest);
            TenantTestData.ValidationMembers(body).ShouldBe(["parentId"]);
        }
        var unknownParent = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl,
            CreateInput(TenantTestData.UniqueName(), parentId: Guid.NewGuid()), HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(unknownParent).ShouldBe(["parentId"]);

        (await host.GetJsonAsync<JsonObject>($"{TenantsUrl}/{province.Id}"))["parentId"].ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_to_delete_a_tenant_that_has_a_child()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var province = await TenantTestData.CreateTenantAsync(host);
        var district = await TenantTestData.CreateTenantAsync(host, province.Id, "District");

        var body = await host.SendExpectingAsync(HttpMethod.Delete, $"{TenantsUrl}/{province.Id}", null, HttpStatusCode.BadRequest);
        body!["error"]!["message"]!.GetValue<string>().ShouldContain(province.DisplayName);
        await host.SendExpectingAsync(HttpMethod.Get, $"{TenantsUrl}/{province.Id}", null, HttpStatusCode.OK);

        await host.SendExpectingAsync(HttpMethod.Delete, $"{TenantsUrl}/{district.Id}", null, HttpStatusCode.OK);
        await host.SendExpectingAsync(HttpMethod.Delete, $"{TenantsUrl}/{province.Id}", null, HttpStatusCode.OK);
        await host.SendExpectingAsync(HttpMethod.Get, $"{TenantsUrl}/{province.Id}", null, HttpStatusCode.NotFound);
        (await FindByNameAsync(fixture, province.Name))["success"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_keep_the_users_of_a_deactivated_tenant_out()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var tenant = await TenantTestData.CreateTenantAsync(host);
        using var signedInBefore = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var current = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}/{tenant.Id}");

        var deactivated = await host.SendExpectingAsync(HttpMethod.Put, $"{TenantsUrl}/{tenant.Id}",
            UpdateInput(current, t => t["isActive"] = false), HttpStatusCode.OK);
        deactivated!["isActive"]!.GetValue<bool>().ShouldBeFalse();

        var byName = await FindByNameAsync(fixture, tenant.Name);
        byName["success"]!.GetValue<bool>().ShouldBeTrue();
        byName["isActive"]!.GetValue<bool>().ShouldBeFalse();

        using var browser = fixture.Anonymous(tenant.Name);
        var login = await browser.PostAsync("/api/account/login",
            new { userNameOrEmailAddress = "admin", password = TestTenant.AdminPassword, rememberMe = false });
        // An inactive tenant is no tenant to an anonymous caller: 404, as for a name nobody has.
        login.StatusCode.ShouldBe(HttpStatusCode.NotFound, await login.Content.ReadAsStringAsync());
        (await ApiClient.ReadErrorAsync(login))["code"]!.GetValue<string>().ShouldBe("Abp.MultiTenancy.TenantNotFound");
        using var token = fixture.Anonymous();
        var tokenResponse = await token.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Headers = { { "__tenant", tenant.Name } },
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "Humanitarian_App",
                ["username"] = "admin", ["password"] = TestTenant.AdminPassword,
            }),
        });
        tokenResponse.StatusCode.ShouldBe(HttpStatusCode.NotFound, await tokenResponse.Content.ReadAsStringAsync());
        (await ApiClient.ReadErrorAsync(tokenResponse))["code"]!.GetValue<string>().ShouldBe("Abp.MultiTenancy.TenantNotFound");
        // A session opened before is cut off as well.
        var cutOff = await signedInBefore.GetAsync("/api/identity/users");
        cutOff.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ApiClient.ReadErrorAsync(cutOff))["code"]!.GetValue<string>().ShouldBe("Abp.MultiTenancy.TenantNotActive");

        // Reactivated, the same user signs in again.
        var again = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}/{tenant.Id}");
        await host.SendExpectingAsync(HttpMethod.Put, $"{TenantsUrl}/{tenant.Id}",
            UpdateInput(again, t => t["isActive"] = true), HttpStatusCode.OK);
        using var afterReactivation = await TenantTestData.SignInAdminAsync(fixture, tenant);
    }
}

[Collection(Collections.Sqlite)]
public sealed class Tenants_Sqlite_Tests(SqliteAppFixture fixture) : Tenants_Tests<SqliteAppFixture>(fixture);

/// <summary>Requests of the host's tenant API that the tenant tests share.</summary>
public static class TenantsApi
{
    public const string TenantsUrl = "/api/multi-tenancy/tenants";

    public static object CreateInput(string name, string? displayName = "Tỉnh thử nghiệm", string adminPassword = TestTenant.AdminPassword,
        string level = "Province", Guid? parentId = null) => new
    {
        name,
        displayName,
        level,
        parentId,
        adminEmailAddress = $"admin@{name}.test.local",
        adminPassword,
    };

    public static object UpdateInput(JsonNode tenant, Action<JsonObject>? change = null)
    {
        var input = new JsonObject
        {
            ["name"] = tenant["name"]!.GetValue<string>(),
            ["displayName"] = tenant["displayName"]!.GetValue<string>(),
            ["level"] = tenant["level"]!.GetValue<string>(),
            ["parentId"] = tenant["parentId"]?.GetValue<Guid>(),
            ["isActive"] = tenant["isActive"]!.GetValue<bool>(),
            ["concurrencyStamp"] = tenant["concurrencyStamp"]!.GetValue<string>(),
        };
        change?.Invoke(input);
        return input;
    }

    public static async Task<JsonObject> FindByNameAsync(AppFixture fixture, string name)
    {
        using var anonymous = fixture.Anonymous();
        return await anonymous.GetJsonAsync<JsonObject>($"/api/abp/multi-tenancy/tenants/by-name/{name}");
    }
}

/// <summary>What the tenant rows must do on each provider: found by name in any case, unique names, concurrency stamps, nothing half-written.</summary>
public abstract class TenantStore_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_find_a_tenant_by_name_or_id_anonymously()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture, displayName: "Tỉnh Điện Biên thử nghiệm");

        var byName = await FindByNameAsync(fixture, tenant.Name);
        byName["success"]!.GetValue<bool>().ShouldBeTrue();
        byName["tenantId"]!.GetValue<Guid>().ShouldBe(tenant.Id);
        byName["name"]!.GetValue<string>().ShouldBe(tenant.Name);
        byName["isActive"]!.GetValue<bool>().ShouldBeTrue();
        (await FindByNameAsync(fixture, tenant.Name.ToUpperInvariant()))["tenantId"]!.GetValue<Guid>().ShouldBe(tenant.Id);

        using var anonymous = fixture.Anonymous();
        var byId = await anonymous.GetJsonAsync<JsonObject>($"/api/abp/multi-tenancy/tenants/by-id/{tenant.Id}");
        byId["name"]!.GetValue<string>().ShouldBe(tenant.Name);

        var unknown = await FindByNameAsync(fixture, TenantTestData.UniqueName("none"));
        unknown["success"]!.GetValue<bool>().ShouldBeFalse();
        unknown["tenantId"]?.GetValue<Guid?>().ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_weak_admin_password_naming_adminPassword_and_leave_nothing_half_written()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var name = TenantTestData.UniqueName();

        // Too short for the input rules; then long enough but refused by the password policy, after the tenant row was written.
        foreach (var password in new[] { "Abc@1234", "aaaaaaaaaaaaaaaa" })
        {
            var body = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl,
                CreateInput(name, adminPassword: password), HttpStatusCode.BadRequest);
            TenantTestData.ValidationMembers(body).Distinct().ShouldBe(["adminPassword"], $"password '{password}': {body}");

            (await FindByNameAsync(fixture, name))["success"]!.GetValue<bool>().ShouldBeFalse();
            var list = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}?filter={name}");
            list["totalCount"]!.GetValue<long>().ShouldBe(0);
        }

        var created = await TenantTestData.CreateTenantAsync(host, name: name);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, created);
        (await TestData.ListUserNamesAsync(admin)).ShouldBe(["admin"]);
    }

    [Fact]
    public async Task Should_refuse_a_name_another_tenant_has()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var existing = await TenantTestData.CreateTenantAsync(host);

        var body = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, CreateInput(existing.Name), HttpStatusCode.BadRequest);

        TenantTestData.ValidationMembers(body).ShouldBe(["name"]);
        await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, CreateInput("ha-noi"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_answer_409_to_an_update_with_a_stale_concurrency_stamp()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        var tenant = await TenantTestData.CreateTenantAsync(host);
        var original = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}/{tenant.Id}");

        var updated = await host.SendExpectingAsync(HttpMethod.Put, $"{TenantsUrl}/{tenant.Id}",
            UpdateInput(original, t => t["displayName"] = "Tên mới thứ nhất"), HttpStatusCode.OK);
        updated!["displayName"]!.GetValue<string>().ShouldBe("Tên mới thứ nhất");
        updated["concurrencyStamp"]!.GetValue<string>().ShouldNotBe(original["concurrencyStamp"]!.GetValue<string>());

        var stale = await host.SendExpectingAsync(HttpMethod.Put, $"{TenantsUrl}/{tenant.Id}",
            UpdateInput(original, t => t["displayName"] = "Tên mới thứ hai"), HttpStatusCode.Conflict);
        stale!["error"]!["message"]!.GetValue<string>().ShouldBe("Dữ liệu đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại và thử lại.");

        var read = await host.GetJsonAsync<JsonObject>($"{TenantsUrl}/{tenant.Id}");
        read["displayName"]!.GetValue<string>().ShouldBe("Tên mới thứ nhất");
        // With the current stamp the change goes through.
        await host.SendExpectingAsync(HttpMethod.Put, $"{TenantsUrl}/{tenant.Id}",
            UpdateInput(read, t => t["displayName"] = "Tên mới thứ hai"), HttpStatusCode.OK);
    }
}

[Collection(Collections.Sqlite)]
public sealed class TenantStore_Sqlite_Tests(SqliteAppFixture fixture) : TenantStore_Tests<SqliteAppFixture>(fixture);

// On both databases: lookup by name ignores case, names are unique, stamps guard concurrent updates, and a refused creation rolls back.
[Collection(Collections.MySql)]
public sealed class TenantStore_MySql_Tests(MySqlAppFixture fixture) : TenantStore_Tests<MySqlAppFixture>(fixture);
