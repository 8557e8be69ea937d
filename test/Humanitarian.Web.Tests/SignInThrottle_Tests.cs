using System.Net;
using System.Text.RegularExpressions;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Failed sign-ins are throttled per (tenant, user name, client address): a name that does not exist
/// answers exactly like a real one, and an attacker's failures do not lock the owner out.
/// </summary>
public abstract partial class SignInThrottle_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    private const string WrongPassword = "Sai-mat-khau@1";

    /// <summary>Every test comes from addresses of its own, so the shared app's other sign-ins are not throttled.</summary>
    private static string NewAddress() => $"198.51.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    private ApiClient From(string address, string? tenantName) =>
        new(TestClientAddress.From(fixture.Factory.CreateApiClient(), address), tenantName);

    private async Task<(TestTenant Tenant, string UserName)> NewUserAsync()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var userName = TenantTestData.UniqueName("user");
        await TestData.CreateUserAsync(admin, userName, "viewer");
        return (tenant, userName);
    }

    /// <summary>Status and body of one attempt at <c>/api/account/login</c>, from a fresh browser.</summary>
    private async Task<string> LoginAsync(string address, string tenantName, string userName, string password)
    {
        using var client = From(address, tenantName);
        var response = await client.PostAsync("/api/account/login", new { userNameOrEmailAddress = userName, password, rememberMe = false });
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private async Task<string> TokenAsync(string address, string tenantName, string userName, string password)
    {
        using var client = From(address, tenantName);
        var response = await client.SendAsync(HttpMethod.Post, "/connect/token", null, r => r.Content = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "Humanitarian_App", ["scope"] = "Humanitarian",
                ["username"] = userName, ["password"] = password,
            }));
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    /// <summary>The sign-in page posted as a browser would; form values (the name typed, the antiforgery token) are blanked.</summary>
    private async Task<string> LoginPageAsync(string address, string tenantName, string userName, string password)
    {
        using var client = From(address, null);
        var form = await client.Http.GetStringAsync("/Account/Login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TenantName"] = tenantName, ["Input.UserNameOrEmailAddress"] = userName, ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        return $"{(int)response.StatusCode} {FormValue().Replace(await response.Content.ReadAsStringAsync(), "value=\"\"")}";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex FormValue();

    [Fact]
    public async Task Should_answer_a_missing_user_exactly_like_an_existing_one_on_every_sign_in_path()
    {
        var (tenant, userName) = await NewUserAsync();
        var missing = TenantTestData.UniqueName("missing");
        var paths = new Dictionary<string, Func<string, string, string, string, Task<string>>>
        {
            ["login API"] = LoginAsync, ["token"] = TokenAsync, ["sign-in page"] = LoginPageAsync,
        };

        foreach (var (path, attempt) in paths)
        {
            var address = NewAddress();
            var answers = new List<string>();
            for (var failure = 1; failure <= 6; failure++)
            {
                var existing = await attempt(address, tenant.Name, userName, WrongPassword);
                var absent = await attempt(address, tenant.Name, missing, WrongPassword);
                absent.ShouldBe(existing, $"{path}, failure {failure}");
                answers.Add(existing);
            }
            // Five failures lock this address out of both names alike; then even the right password is refused.
            answers[0].ShouldNotBe(answers[5], path);
            (await attempt(address, tenant.Name, userName, TestTenant.AdminPassword)).ShouldBe(answers[5], path);
        }
        (await LoginAsync(NewAddress(), tenant.Name, missing, WrongPassword)).ShouldContain("\"result\":2");
        (await LoginAsync(NewAddress(), tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("\"result\":1");
    }

    [Fact]
    public async Task Should_throttle_the_attackers_address_and_let_the_owner_sign_in_from_another()
    {
        var (tenant, userName) = await NewUserAsync();
        var attacker = NewAddress();
        var owner = NewAddress();

        for (var failure = 1; failure <= 5; failure++)
        {
            await LoginAsync(attacker, tenant.Name, userName, WrongPassword);
        }

        // Every way in is closed to the attacker's address, even with the right password...
        (await LoginAsync(attacker, tenant.Name, userName, TestTenant.AdminPassword)).ShouldBe("200 {\"result\":4,\"description\":\"LockedOut\"}");
        (await TokenAsync(attacker, tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("LockedOut");
        // ...and open to the owner elsewhere, on every path.
        (await LoginAsync(owner, tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("\"result\":1");
        (await TokenAsync(owner, tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("access_token");
        (await LoginPageAsync(owner, tenant.Name, userName, TestTenant.AdminPassword)).ShouldStartWith("302");
    }

    [Fact]
    public async Task Should_throttle_an_ipv6_client_by_its_64_network()
    {
        var (tenant, userName) = await NewUserAsync();
        var (site, subnet) = (Random.Shared.Next(1, 0xffff), Random.Shared.Next(1, 0xfffe));
        var prefix = $"2001:db8:{site:x}:{subnet:x}";
        for (var failure = 1; failure <= 5; failure++)
        {
            await LoginAsync($"{prefix}::{failure}", tenant.Name, userName, WrongPassword);
        }

        // Another address of the same network is the same subscriber.
        (await LoginAsync($"{prefix}::99", tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("\"result\":4");
        (await LoginAsync($"2001:db8:{site:x}:{subnet + 1:x}::1", tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("\"result\":1");
    }

    [Fact]
    public async Task Should_end_the_throttle_after_the_lockout_time()
    {
        var (tenant, userName) = await NewUserAsync();
        var address = NewAddress();
        for (var failure = 1; failure <= 5; failure++)
        {
            await LoginAsync(address, tenant.Name, userName, WrongPassword);
        }
        try
        {
            fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(4));
            (await LoginAsync(address, tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("\"result\":4");

            fixture.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
            (await LoginAsync(address, tenant.Name, userName, TestTenant.AdminPassword)).ShouldContain("\"result\":1");
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class SignInThrottle_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : SignInThrottle_Tests<SqliteAppFixture>(fixture, tenant);

// On both databases: counters change by single UPDATE statements under parallel attempts, and lockout ends compare stored times.
[Collection(Collections.MySql)]
public sealed class SignInThrottle_MySql_Tests(MySqlAppFixture fixture, ClassShared<TestTenant> tenant)
    : SignInThrottle_Tests<MySqlAppFixture>(fixture, tenant);
