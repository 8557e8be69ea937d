using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>Sign-in (cookie and token), lockout, user names per tenant and antiforgery.</summary>
public abstract class Login_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    /// <summary>One attempt from a fresh browser, so an earlier success leaves no cookie behind.</summary>
    private async Task<JsonNode> LoginAsync(string? tenantName, string userName, string password)
    {
        using var client = fixture.Anonymous(tenantName);
        return (await client.SendExpectingAsync(HttpMethod.Post, "/api/account/login",
            new { userNameOrEmailAddress = userName, password, rememberMe = false }, HttpStatusCode.OK))!;
    }

    private async Task<int> LoginResultAsync(string? tenantName, string userName, string password) =>
        (await LoginAsync(tenantName, userName, password))["result"]!.GetValue<int>();

    private async Task<(TestTenant Tenant, string UserName)> NewUserAsync()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var userName = TenantTestData.UniqueName("user");
        await TestData.CreateUserAsync(admin, userName, "viewer");
        return (tenant, userName);
    }

    private static HttpRequestMessage TokenRequest(string? tenantName, string userName, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "Humanitarian_App",
                ["username"] = userName,
                ["password"] = password,
                ["scope"] = "Humanitarian",
            }),
        };
        if (tenantName is not null)
        {
            request.Headers.Add("__tenant", tenantName);
        }
        return request;
    }

    [Fact]
    public async Task Should_answer_2_for_a_wrong_password_and_not_sign_in()
    {
        var (tenant, userName) = await NewUserAsync();
        using var client = fixture.Anonymous(tenant.Name);

        var body = await client.SendExpectingAsync(HttpMethod.Post, "/api/account/login",
            new { userNameOrEmailAddress = userName, password = "Sai-mat-khau@1", rememberMe = false }, HttpStatusCode.OK);

        body!["result"]!.GetValue<int>().ShouldBe(2);
        body["description"]!.GetValue<string>().ShouldBe("InvalidUserNameOrPassword");
        var config = await TenantTestData.GetConfigurationAsync(client);
        config["currentUser"]!["isAuthenticated"]!.GetValue<bool>().ShouldBeFalse();
        (await LoginResultAsync(tenant.Name, "no-such-user", TestTenant.AdminPassword)).ShouldBe(2);
        // The right password in the wrong tenant is no sign-in either.
        (await LoginResultAsync("ha-noi", userName, TestTenant.AdminPassword)).ShouldBe(2);
        (await LoginResultAsync(tenant.Name, userName, TestTenant.AdminPassword)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_lock_the_account_after_five_failures_in_a_row()
    {
        var (tenant, userName) = await NewUserAsync();
        const string wrong = "Sai-mat-khau@1";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await LoginResultAsync(tenant.Name, userName, wrong)).ShouldBe(2, $"failure {attempt}");
        }
        // The failure that locks already says so.
        (await LoginResultAsync(tenant.Name, userName, wrong)).ShouldBe(4, "failure 5");

        var locked = await LoginAsync(tenant.Name, userName, TestTenant.AdminPassword);
        locked["result"]!.GetValue<int>().ShouldBe(4);
        locked["description"]!.GetValue<string>().ShouldBe("LockedOut");
        // Locked for every way in: the token endpoint refuses the right password too.
        using var client = fixture.Anonymous();
        var token = await client.Http.SendAsync(TokenRequest(tenant.Name, userName, TestTenant.AdminPassword));
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await token.Content.ReadAsStringAsync()).ShouldContain("LockedOut");
        // Another user of the same tenant is not affected.
        (await LoginResultAsync(tenant.Name, "admin", TestTenant.AdminPassword)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_count_only_failures_in_a_row_towards_the_lockout()
    {
        var (tenant, userName) = await NewUserAsync();
        const string wrong = "Sai-mat-khau@1";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await LoginResultAsync(tenant.Name, userName, wrong)).ShouldBe(2);
        }
        (await LoginResultAsync(tenant.Name, userName, TestTenant.AdminPassword)).ShouldBe(1);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await LoginResultAsync(tenant.Name, userName, wrong)).ShouldBe(2);
        }
        (await LoginResultAsync(tenant.Name, userName, TestTenant.AdminPassword)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_issue_a_bearer_token_in_the_users_tenant_that_needs_no_antiforgery_header()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var anonymous = fixture.Anonymous();

        var response = await anonymous.Http.SendAsync(TokenRequest(tenant.Name, "admin", TestTenant.AdminPassword));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var token = JsonNode.Parse(text)!;
        token["token_type"]!.GetValue<string>().ShouldBe("Bearer");
        token["expires_in"]!.GetValue<long>().ShouldBe(3600, "an hour");
        var accessToken = token["access_token"]!.GetValue<string>();
        accessToken.ShouldNotBeNullOrWhiteSpace();

        // A script: no cookies, no antiforgery token; it even names another tenant, which is ignored.
        using var script = new ApiClient(fixture.Factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false }), "ha-noi");
        script.UseBearer(accessToken);
        var config = await TenantTestData.GetConfigurationAsync(script);
        config["currentUser"]!["isAuthenticated"]!.GetValue<bool>().ShouldBeTrue();
        config["currentUser"]!["userName"]!.GetValue<string>().ShouldBe("admin");
        config["currentUser"]!["tenantId"]!.GetValue<Guid>().ShouldBe(tenant.Id);
        config["currentTenant"]!["name"]!.GetValue<string>().ShouldBe(tenant.Name);

        var roleName = TenantTestData.UniqueName("role");
        script.Http.DefaultRequestHeaders.Contains("RequestVerificationToken").ShouldBeFalse();
        await TestData.CreateRoleAsync(script, roleName);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        (await admin.GetJsonAsync<JsonObject>("/api/identity/roles/all"))["items"]!.AsArray()
            .Select(r => r!["name"]!.GetValue<string>()).ShouldContain(roleName);

        // A forged token is no sign-in.
        script.UseBearer(accessToken[..^4] + "AAAA");
        (await script.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_a_token_for_a_wrong_password()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var anonymous = fixture.Anonymous();

        var response = await anonymous.Http.SendAsync(TokenRequest(tenant.Name, "admin", "Sai-mat-khau@1"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Should_refuse_a_cookie_authenticated_change_without_the_antiforgery_header()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var roleName = TenantTestData.UniqueName("role");

        admin.Http.DefaultRequestHeaders.Remove("RequestVerificationToken");
        var missing = await admin.PostAsync("/api/identity/roles", new { name = roleName });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await ApiClient.ReadErrorAsync(missing);
        error["code"]!.GetValue<string>().ShouldBe("Abp.Antiforgery");
        error["message"]!.GetValue<string>().ShouldBe("Dữ liệu gửi lên không hợp lệ.");

        admin.Http.DefaultRequestHeaders.Add("RequestVerificationToken", "not-a-token");
        (await admin.PostAsync("/api/identity/roles", new { name = roleName })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await admin.RefreshAntiforgeryTokenAsync();
        (await admin.GetJsonAsync<JsonObject>("/api/identity/roles/all"))["items"]!.AsArray()
            .Select(r => r!["name"]!.GetValue<string>()).ShouldNotContain(roleName);
        await TestData.CreateRoleAsync(admin, roleName);
    }

    [Fact]
    public async Task Should_sign_out()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        (await admin.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsync("/api/account/logout")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TenantTestData.GetConfigurationAsync(admin))["currentUser"]!["isAuthenticated"]!.GetValue<bool>().ShouldBeFalse();
    }
}

[Collection(Collections.Sqlite)]
public sealed class Login_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : Login_Tests<SqliteAppFixture>(fixture, tenant);

/// <summary>User names: unique in their tenant only, and each signs in to its own.</summary>
public abstract class UserNames_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_keep_user_names_unique_per_tenant_only()
    {
        var first = await TenantTestData.CreateTenantAsync(fixture);
        var second = await TenantTestData.CreateTenantAsync(fixture);
        using var adminOfFirst = await TenantTestData.SignInAdminAsync(fixture, first);
        using var adminOfSecond = await TenantTestData.SignInAdminAsync(fixture, second);

        var inFirst = await TestData.CreateUserAsync(adminOfFirst, "le.van.a");
        var inSecond = await TestData.CreateUserAsync(adminOfSecond, "le.van.a");
        inFirst["id"]!.GetValue<Guid>().ShouldNotBe(inSecond["id"]!.GetValue<Guid>());

        foreach (var userName in new[] { "le.van.a", "LE.VAN.A" })
        {
            var duplicate = await adminOfFirst.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
            {
                userName,
                email = "another.le.van.a@example.org",
                password = TestTenant.AdminPassword,
                roleNames = new[] { "viewer" },
            }, HttpStatusCode.BadRequest);
            TenantTestData.ValidationMembers(duplicate).ShouldContain("userName");
        }
        (await TestData.ListUserNamesAsync(adminOfFirst)).Count(n => n == "le.van.a").ShouldBe(1);

        // Each signs in to their own tenant.
        using var userOfFirst = await fixture.SignInAsync(first.Name, "le.van.a", TestTenant.AdminPassword);
        using var userOfSecond = await fixture.SignInAsync(second.Name, "le.van.a", TestTenant.AdminPassword);
        (await TenantTestData.GetConfigurationAsync(userOfFirst))["currentUser"]!["id"]!.GetValue<Guid>()
            .ShouldBe(inFirst["id"]!.GetValue<Guid>());
        (await TenantTestData.GetConfigurationAsync(userOfSecond))["currentUser"]!["id"]!.GetValue<Guid>()
            .ShouldBe(inSecond["id"]!.GetValue<Guid>());
    }
}

[Collection(Collections.Sqlite)]
public sealed class UserNames_Sqlite_Tests(SqliteAppFixture fixture) : UserNames_Tests<SqliteAppFixture>(fixture);

// On both databases: user names are unique per tenant on normalised names (a composite unique index), case-insensitively.
[Collection(Collections.MySql)]
public sealed class UserNames_MySql_Tests(MySqlAppFixture fixture) : UserNames_Tests<MySqlAppFixture>(fixture);
