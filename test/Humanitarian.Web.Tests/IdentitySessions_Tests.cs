using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Every sign-in is a server-side session: logout, deactivation, deletion, a new password and a role
/// change end the user's sessions, and an ended session's cookie or token answers 401 with ABP's body.
/// </summary>
public abstract class IdentitySessions_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    private sealed record SignedIn(ApiClient Cookie, ApiClient Token) : IDisposable
    {
        public void Dispose()
        {
            Cookie.Dispose();
            Token.Dispose();
        }
    }

    private async Task<(TestTenant Tenant, ApiClient Admin, string UserName, Guid UserId)> NewUserAsync(params string[] roles)
    {
        var tenant = await classTenant.TenantAsync(fixture);
        var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var userName = TenantTestData.UniqueName("user");
        var user = await TestData.CreateUserAsync(admin, userName, roles);
        return (tenant, admin, userName, Guid.Parse(user["id"]!.GetValue<string>()));
    }

    private async Task<SignedIn> SignInBothWaysAsync(TestTenant tenant, string userName) => new(
        await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword),
        await TestData.SignInWithTokenAsync(fixture, tenant.Name, userName, TestTenant.AdminPassword));

    private static async Task ExpectSessionEndedAsync(ApiClient client, string url = "/api/account/sessions")
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, text);
        JsonNode.Parse(text)!["error"]!["message"]!.GetValue<string>().ShouldContain("Phiên đăng nhập đã kết thúc", customMessage: text);
    }

    private static async Task ExpectWorkingAsync(ApiClient client) =>
        (await client.GetAsync("/api/account/sessions")).StatusCode.ShouldBe(HttpStatusCode.OK);

    /// <summary>Changes one thing of the user through the admin's API, sending back the rest as it is.</summary>
    private static async Task UpdateUserAsync(ApiClient admin, Guid userId, Action<JsonObject> change)
    {
        var user = (await admin.GetJsonAsync<JsonObject>($"/api/identity/users/{userId}"));
        change(user);
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/identity/users/{userId}", user, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_deleted_admins_token_and_cookie()
    {
        var (tenant, admin, userName, userId) = await NewUserAsync("admin");
        using var _ = admin;
        using var deleted = await SignInBothWaysAsync(tenant, userName);
        await ExpectWorkingAsync(deleted.Token);

        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/identity/users/{userId}", null, HttpStatusCode.OK);

        await ExpectSessionEndedAsync(deleted.Cookie);
        await ExpectSessionEndedAsync(deleted.Token);
        // The reported attack: a deleted admin's token created a new admin.
        var create = await deleted.Token.PostAsync("/api/identity/users", new
        {
            userName = TenantTestData.UniqueName("evil"), email = "evil@example.org", password = TestTenant.AdminPassword,
            isActive = true, roleNames = new[] { "admin" },
        });
        create.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TestData.ListUserNamesAsync(admin)).ShouldNotContain(n => n.StartsWith("evil-"));
    }

    [Theory]
    [InlineData("deactivation")]
    [InlineData("password")]
    [InlineData("role lost")]
    [InlineData("role gained")]
    public async Task Should_end_every_session_of_a_user_whose_access_changes(string change)
    {
        var (tenant, admin, userName, userId) = await NewUserAsync("viewer");
        using var _ = admin;
        using var user = await SignInBothWaysAsync(tenant, userName);
        using var other = await TestData.SignInWithTokenAsync(fixture, tenant.Name, "admin", TestTenant.AdminPassword);

        await UpdateUserAsync(admin, userId, dto =>
        {
            switch (change)
            {
                case "deactivation": dto["isActive"] = false; break;
                case "password": dto["password"] = "Mat-khau-moi@2025"; break;
                case "role lost": dto["roleNames"] = new JsonArray(); break;
                default: dto["roleNames"] = new JsonArray("viewer", "committee-member"); break;
            }
        });

        await ExpectSessionEndedAsync(user.Cookie);
        await ExpectSessionEndedAsync(user.Token);
        await ExpectWorkingAsync(other);
    }

    [Fact]
    public async Task Should_end_the_sessions_of_a_role_that_is_deleted()
    {
        var (tenant, admin, userName, _) = await NewUserAsync();
        using var __ = admin;
        var role = TenantTestData.UniqueName("role");
        var roleId = (await TestData.CreateRoleAsync(admin, role))["id"]!.GetValue<string>();
        var member = TenantTestData.UniqueName("member");
        await TestData.CreateUserAsync(admin, member, role);
        using var signedIn = await TestData.SignInWithTokenAsync(fixture, tenant.Name, member, TestTenant.AdminPassword);
        using var bystander = await TestData.SignInWithTokenAsync(fixture, tenant.Name, userName, TestTenant.AdminPassword);

        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/identity/roles/{roleId}", null, HttpStatusCode.OK);

        await ExpectSessionEndedAsync(signedIn);
        await ExpectWorkingAsync(bystander);
    }

    [Fact]
    public async Task Should_end_only_the_session_that_logs_out()
    {
        var (tenant, admin, userName, _) = await NewUserAsync("viewer");
        admin.Dispose();
        using var first = await TestData.SignInWithTokenAsync(fixture, tenant.Name, userName, TestTenant.AdminPassword);
        using var second = await TestData.SignInWithTokenAsync(fixture, tenant.Name, userName, TestTenant.AdminPassword);

        (await first.PostAsync("/api/account/logout")).IsSuccessStatusCode.ShouldBeTrue();

        await ExpectSessionEndedAsync(first);
        await ExpectWorkingAsync(second);
    }

    [Fact]
    public async Task Should_refuse_a_copy_of_the_cookie_after_logout()
    {
        var (tenant, admin, userName, _) = await NewUserAsync("viewer");
        admin.Dispose();
        using var http = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var browser = new ApiClient(http, tenant.Name);
        var login = await browser.PostAsync("/api/account/login",
            new { userNameOrEmailAddress = userName, password = TestTenant.AdminPassword, rememberMe = true });
        var authCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Humanitarian.Auth=")).Split(';')[0];
        Task<HttpResponseMessage> WithCookie(HttpMethod method, string url, string cookies, string? xsrf = null) =>
            browser.SendAsync(method, url, null, r =>
            {
                r.Headers.Add("Cookie", cookies);
                if (xsrf is not null)
                {
                    r.Headers.Add("RequestVerificationToken", xsrf);
                }
            });
        var config = await WithCookie(HttpMethod.Get, "/api/abp/application-configuration", authCookie);
        var xsrfCookie = config.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("XSRF-TOKEN=")).Split(';')[0];
        var antiforgery = config.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".AspNetCore.Antiforgery")).Select(c => c.Split(';')[0]);
        var cookies = string.Join("; ", new[] { authCookie, xsrfCookie }.Concat(antiforgery));

        var logout = await WithCookie(HttpMethod.Post, "/api/account/logout", cookies,
            Uri.UnescapeDataString(xsrfCookie["XSRF-TOKEN=".Length..]));
        logout.IsSuccessStatusCode.ShouldBeTrue(await logout.Content.ReadAsStringAsync());

        var replay = await WithCookie(HttpMethod.Get, "/api/account/sessions", authCookie);
        replay.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // A page with the old cookie goes to the sign-in page like any anonymous visit.
        var page = await WithCookie(HttpMethod.Get, "/", authCookie);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect, page.Headers.ToString());
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Should_list_and_end_the_users_own_sessions()
    {
        var (tenant, admin, userName, _) = await NewUserAsync("viewer");
        admin.Dispose();
        using var signedIn = await SignInBothWaysAsync(tenant, userName);

        var own = await signedIn.Token.GetJsonAsync<JsonObject>("/api/account/sessions");

        own["totalCount"]!.GetValue<long>().ShouldBe(2);
        var items = own["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        items.Select(i => i["device"]!.GetValue<string>()).OrderBy(d => d).ShouldBe(["OAuth", "Web"]);
        items.Single(i => i["device"]!.GetValue<string>() == "OAuth")["clientId"]!.GetValue<string>().ShouldBe("Humanitarian_App");
        items.Single(i => i["isCurrent"]!.GetValue<bool>())["device"]!.GetValue<string>().ShouldBe("OAuth");
        // The page lists the same sessions, in Vietnamese, marking the one in use.
        var page = await signedIn.Cookie.GetAsync("/Account/Sessions");
        var html = await page.Content.ReadAsStringAsync();
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Trình duyệt");
        html.ShouldContain("Ứng dụng / script (token)");
        html.ShouldContain("Phiên này");
        var cookieSession = items.Single(i => i["device"]!.GetValue<string>() == "Web")["id"]!.GetValue<string>();

        await signedIn.Token.SendExpectingAsync(HttpMethod.Delete, $"/api/account/sessions/{cookieSession}", null, HttpStatusCode.OK);

        await ExpectSessionEndedAsync(signedIn.Cookie);
        await ExpectWorkingAsync(signedIn.Token);
    }

    [Fact]
    public async Task Should_let_an_admin_end_a_users_session_of_its_own_tenant_only()
    {
        var (tenant, admin, userName, userId) = await NewUserAsync("viewer");
        using var _ = admin;
        using var signedIn = await SignInBothWaysAsync(tenant, userName);
        var otherTenant = await TenantTestData.CreateTenantAsync(fixture);
        using var otherAdmin = await TenantTestData.SignInAdminAsync(fixture, otherTenant);

        var list = await admin.GetJsonAsync<JsonObject>($"/api/identity/sessions?userId={userId}&device=Web");
        list["totalCount"]!.GetValue<long>().ShouldBe(1);
        var session = list["items"]![0]!;
        session["userName"]!.GetValue<string>().ShouldBe(userName);
        var sessionId = session["id"]!.GetValue<string>();
        // Another tenant's admin neither sees nor ends it, and a user cannot end someone else's.
        (await otherAdmin.GetJsonAsync<JsonObject>($"/api/identity/sessions?userId={userId}"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        await otherAdmin.SendExpectingAsync(HttpMethod.Delete, $"/api/identity/sessions/{sessionId}", null, HttpStatusCode.NotFound);
        await otherAdmin.SendExpectingAsync(HttpMethod.Delete, $"/api/account/sessions/{sessionId}", null, HttpStatusCode.NotFound);
        await ExpectWorkingAsync(signedIn.Cookie);

        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/identity/sessions/{sessionId}", null, HttpStatusCode.OK);
        await ExpectSessionEndedAsync(signedIn.Cookie);
        await ExpectWorkingAsync(signedIn.Token);

        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/identity/sessions/by-user/{userId}", null, HttpStatusCode.OK);
        await ExpectSessionEndedAsync(signedIn.Token);
    }
}

[Collection(Collections.Sqlite)]
public sealed class IdentitySessions_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : IdentitySessions_Tests<SqliteAppFixture>(fixture, tenant);

/// <summary>When a session was last used: gathered in memory, written by a job.</summary>
public abstract class IdentitySessionActivity_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_record_when_a_session_was_last_used()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        var before = DateTimeOffset.UtcNow;
        using var token = await TestData.SignInWithTokenAsync(fixture, tenant.Name, "admin", TestTenant.AdminPassword);
        (await token.GetAsync("/api/account/sessions")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // What the 30-second job does: write the gathered activity.
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            await ActivatorUtilities.CreateInstance<IdentitySessionActivityJob>(scope.ServiceProvider).Execute(null!, CancellationToken.None);
        }

        var own = await token.GetJsonAsync<JsonObject>("/api/account/sessions");
        var session = own["items"]!.AsArray().ShouldHaveSingleItem()!;
        // Read back as UTC ("Z"), not as a time of unknown kind, and between the sign-in and now.
        var lastAccessed = session["lastAccessed"]!.GetValue<string>();
        lastAccessed.ShouldEndWith("Z");
        var signedIn = session["signedIn"]!.GetValue<DateTimeOffset>();
        signedIn.ShouldBeInRange(before.AddSeconds(-1), DateTimeOffset.UtcNow);
        DateTimeOffset.Parse(lastAccessed, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeInRange(signedIn, DateTimeOffset.UtcNow);
    }
}

[Collection(Collections.Sqlite)]
public sealed class IdentitySessionActivity_Sqlite_Tests(SqliteAppFixture fixture) : IdentitySessionActivity_Tests<SqliteAppFixture>(fixture);

// On both databases: the activity job writes the gathered times to the session rows, read back as UTC.
[Collection(Collections.MySql)]
public sealed class IdentitySessionActivity_MySql_Tests(MySqlAppFixture fixture) : IdentitySessionActivity_Tests<MySqlAppFixture>(fixture);
