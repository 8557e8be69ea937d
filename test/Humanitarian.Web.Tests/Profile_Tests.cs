using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// ABP's own-profile API (<c>/api/account/my-profile</c>): a user reads and updates only their own
/// account, and changes their password with the current one; the new password signs in, the old does not.
/// </summary>
public abstract class Profile_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    private const string Profile = "/api/account/my-profile";
    private const string ChangePassword = Profile + "/change-password";
    private const string NewPassword = "Mat-khau-moi@2026";

    /// <summary>A new user of the class's tenant, signed in with a cookie (as the pages and abp.js are).</summary>
    private async Task<(TestTenant Tenant, string UserName, ApiClient User)> NewUserAsync()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var userName = TenantTestData.UniqueName("profile");
        await TestData.CreateUserAsync(admin, userName, "viewer");
        return (tenant, userName, await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword));
    }

    private async Task<int> LoginResultAsync(TestTenant tenant, string userName, string password)
    {
        using var anonymous = fixture.Anonymous(tenant.Name);
        var answer = await anonymous.SendExpectingAsync(HttpMethod.Post, "/api/account/login",
            new { userNameOrEmailAddress = userName, password, rememberMe = false }, HttpStatusCode.OK);
        return answer!["result"]!.GetValue<int>();
    }

    private static void ShouldBeOneError(JsonNode? body, string message, string member)
    {
        var errors = body!["error"]!["validationErrors"]!.AsArray();
        errors.Count.ShouldBe(1, body.ToJsonString());
        errors[0]!["message"]!.GetValue<string>().ShouldBe(message);
        TenantTestData.ValidationMembers(body).ShouldBe([member]);
    }

    [Fact]
    public async Task Should_update_the_own_profile_and_refuse_a_stale_concurrency_stamp()
    {
        var (_, userName, user) = await NewUserAsync();
        using var _ = user;
        var profile = (await user.SendExpectingAsync(HttpMethod.Get, Profile, null, HttpStatusCode.OK))!;
        profile["userName"]!.GetValue<string>().ShouldBe(userName);
        profile["hasPassword"]!.GetValue<bool>().ShouldBeTrue();
        var stamp = profile["concurrencyStamp"]!.GetValue<string>();

        var updated = (await user.SendExpectingAsync(HttpMethod.Put, Profile, new
        {
            userName, email = $"{userName}@hoichuthapdo.vn", name = "Thị Bình", surname = "Nguyễn", phoneNumber = "0912345678",
            concurrencyStamp = stamp,
        }, HttpStatusCode.OK))!;

        var read = (await user.SendExpectingAsync(HttpMethod.Get, Profile, null, HttpStatusCode.OK))!;
        (read["name"]!.GetValue<string>(), read["surname"]!.GetValue<string>(), read["email"]!.GetValue<string>(), read["phoneNumber"]!.GetValue<string>())
            .ShouldBe(("Thị Bình", "Nguyễn", $"{userName}@hoichuthapdo.vn", "0912345678"));
        updated["concurrencyStamp"]!.GetValue<string>().ShouldNotBe(stamp);
        // A second edit made from the page read before the first one would overwrite it: refused.
        await user.SendExpectingAsync(HttpMethod.Put, Profile, new { email = "cu@example.org", concurrencyStamp = stamp }, HttpStatusCode.Conflict);
        (await user.GetJsonAsync<JsonObject>(Profile))["email"]!.GetValue<string>().ShouldBe($"{userName}@hoichuthapdo.vn");
    }

    [Fact]
    public async Task Should_reach_only_the_callers_own_account()
    {
        var (tenant, first, firstUser) = await NewUserAsync();
        var (_, second, secondUser) = await NewUserAsync();
        using var _ = firstUser;
        using var __ = secondUser;

        (await secondUser.GetJsonAsync<JsonObject>(Profile))["userName"]!.GetValue<string>().ShouldBe(second);
        // The user name is an administrator's to change: naming another account (or a new name) is refused.
        var renamed = await secondUser.SendExpectingAsync(HttpMethod.Put, Profile, new { userName = first, email = "x@example.org" }, HttpStatusCode.BadRequest);
        ShouldBeOneError(renamed, "Không tự đổi được tên đăng nhập; hãy nhờ quản trị viên.", "userName");
        await secondUser.SendExpectingAsync(HttpMethod.Put, Profile, new { email = "second@example.org", name = "Hai" }, HttpStatusCode.OK);

        var firstProfile = await firstUser.GetJsonAsync<JsonObject>(Profile);
        (firstProfile["userName"]!.GetValue<string>(), firstProfile["email"]!.GetValue<string>()).ShouldBe((first, $"{first}@example.org"));
        (await LoginResultAsync(tenant, first, TestTenant.AdminPassword)).ShouldBe(1);
        using var anonymous = fixture.Anonymous(tenant.Name);
        (await anonymous.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_current_password_on_that_field_in_vietnamese()
    {
        var (tenant, userName, user) = await NewUserAsync();
        using var _ = user;

        var refused = await user.SendExpectingAsync(HttpMethod.Post, ChangePassword,
            new { currentPassword = "Khong-dung@2026", newPassword = NewPassword }, HttpStatusCode.BadRequest);

        ShouldBeOneError(refused, "Mật khẩu hiện tại không đúng.", "currentPassword");
        (await LoginResultAsync(tenant, userName, TestTenant.AdminPassword)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_new_password_that_breaks_the_rules_on_newPassword()
    {
        var (tenant, userName, user) = await NewUserAsync();
        using var _ = user;

        var refused = await user.SendExpectingAsync(HttpMethod.Post, ChangePassword,
            new { currentPassword = TestTenant.AdminPassword, newPassword = "ngan@1A" }, HttpStatusCode.BadRequest);

        TenantTestData.ValidationMembers(refused).Distinct().ShouldBe(["newPassword"]);
        refused!["error"]!["validationErrors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>())
            .ShouldContain("Mật khẩu phải dài ít nhất 12 ký tự.");
        (await LoginResultAsync(tenant, userName, TestTenant.AdminPassword)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_sign_in_with_the_new_password_only_and_keep_the_session_that_changed_it()
    {
        var (tenant, userName, user) = await NewUserAsync();
        using var _ = user;
        using var elsewhere = await TestData.SignInWithTokenAsync(fixture, tenant.Name, userName, TestTenant.AdminPassword);

        await user.SendExpectingAsync(HttpMethod.Post, ChangePassword,
            new { currentPassword = TestTenant.AdminPassword, newPassword = NewPassword }, HttpStatusCode.OK);

        // The browser that changed it goes on (a new session, its cookie renewed); every other session ends.
        (await user.GetJsonAsync<JsonObject>(Profile))["userName"]!.GetValue<string>().ShouldBe(userName);
        (await user.GetJsonAsync<JsonObject>("/api/account/sessions"))["totalCount"]!.GetValue<int>().ShouldBe(1);
        (await elsewhere.GetAsync(Profile)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginResultAsync(tenant, userName, NewPassword)).ShouldBe(1);
        (await LoginResultAsync(tenant, userName, TestTenant.AdminPassword)).ShouldBe(2);
    }
}

[Collection(Collections.Sqlite)]
public sealed class Profile_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> classTenant)
    : Profile_Tests<SqliteAppFixture>(fixture, classTenant);

// On both databases: the concurrency stamp, and the password change's session rows removed and added in one transaction.
[Collection(Collections.MySql)]
public sealed class Profile_MySql_Tests(MySqlAppFixture fixture, ClassShared<TestTenant> classTenant)
    : Profile_Tests<MySqlAppFixture>(fixture, classTenant);
