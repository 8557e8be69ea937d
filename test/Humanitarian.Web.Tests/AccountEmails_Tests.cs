using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The account e-mails through the outbox and the real SMTP sink: a forgotten password, a new user's
/// invitation and a lockout notice; the link's token is followed through to signing in.
/// </summary>
public abstract partial class AccountEmails_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string NewPassword = "Mat-khau-moi@2026";

    [GeneratedRegex(@"\((http[^)\s]+)\)")]
    private static partial Regex LinkInText();

    /// <summary>A tenant mailing through the sink, and a user of it with its own e-mail address.</summary>
    private async Task<(ApiClient Admin, string UserName, string Email)> NewUserAsync(string? password = TestTenant.AdminPassword)
    {
        var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        var userName = TenantTestData.UniqueName("user");
        var email = $"{userName}@example.org";
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName, name = "Văn A", surname = "Nguyễn", email, password, isActive = true, roleNames = new[] { "viewer" },
        }, HttpStatusCode.OK);
        return (admin, userName, email);
    }

    private static Uri LinkIn(MimeMessage mail) => new(LinkInText().Match(mail.TextBody!).Groups[1].Value);

    private static async Task<HttpResponseMessage> SendResetCodeAsync(ApiClient anonymous, string email) =>
        await anonymous.PostAsync("/api/account/send-password-reset-code", new { email, appName = "MVC" });

    /// <summary>The request for an unknown address has been answered by its job (and queued nothing).</summary>
    private async Task WaitUntilNoJobMentionsAsync(string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await SmtpSink.DispatchAsync(fixture);
            using var scope = fixture.Factory.Services.CreateScope();
            if (!await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<BackgroundJobRecord>()
                    .IgnoreQueryFilters().AnyAsync(j => j.JobArgs.Contains(text)))
            {
                return;
            }
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the job asking for a link to " + text + " did not run");
            await Task.Delay(200);
        }
    }

    private async Task ShouldSignInAsync(string tenantName, string userName, string password)
    {
        using var signedIn = await fixture.SignInAsync(tenantName, userName, password);
        (await TenantTestData.GetConfigurationAsync(signedIn))["currentUser"]!["userName"]!.GetValue<string>().ShouldBe(userName);
    }

    [Fact]
    public async Task Should_reset_a_forgotten_password_through_the_emailed_link_and_page()
    {
        var (admin, userName, email) = await NewUserAsync();
        using (admin)
        {
            using var anonymous = fixture.Anonymous();
            await anonymous.RefreshAntiforgeryTokenAsync();
            var forgot = await anonymous.SendAsync(HttpMethod.Post, "/Account/ForgotPassword", null,
                r => r.Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.TenantName"] = admin.TenantName!, ["Input.UserNameOrEmailAddress"] = userName,
                }));
            forgot.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await forgot.Content.ReadAsStringAsync()).ShouldContain("forgot-password-sent");

            var mail = await SmtpSink.WaitForMailToAsync(fixture, email);
            mail.Subject.ShouldBe("Đặt lại mật khẩu tài khoản hệ thống Nhân đạo");
            mail.Body!.ContentType.MimeType.ShouldBe("multipart/alternative");
            mail.HtmlBody!.ShouldContain(userName);
            var link = LinkIn(mail);
            link.AbsolutePath.ShouldBe("/Account/ResetPassword");
            var query = QueryHelpers.ParseQuery(link.Query);
            query["__tenant"].ToString().ShouldBe(admin.TenantName);

            (await anonymous.GetAsync(link.PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var reset = await anonymous.SendAsync(HttpMethod.Post, link.PathAndQuery, null,
                r => r.Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.UserId"] = query["userId"].ToString(), ["Input.ResetToken"] = query["resetToken"].ToString(),
                    ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
                }));

            reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            reset.Headers.Location!.OriginalString.ShouldStartWith("/Account/Login");
            await ShouldSignInAsync(admin.TenantName!, userName, NewPassword);
        }
    }

    [Fact]
    public async Task Should_reset_through_the_api_once_per_token()
    {
        var (admin, userName, email) = await NewUserAsync();
        using (admin)
        {
            using var anonymous = fixture.Anonymous(admin.TenantName);
            (await SendResetCodeAsync(anonymous, email)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var query = QueryHelpers.ParseQuery(LinkIn(await SmtpSink.WaitForMailToAsync(fixture, email)).Query);
            var reset = new { userId = Guid.Parse(query["userId"].ToString()), resetToken = query["resetToken"].ToString(), password = NewPassword };

            await anonymous.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password", reset, HttpStatusCode.OK);
            await ShouldSignInAsync(admin.TenantName!, userName, NewPassword);

            var again = await anonymous.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password",
                reset with { password = "Mat-khau-khac@2026" }, HttpStatusCode.BadRequest);
            TenantTestData.ValidationMembers(again).ShouldBe(["resetToken"]);
        }
    }

    [Fact]
    public async Task Should_refuse_a_wrong_token_and_a_weak_password_in_vietnamese()
    {
        var (admin, _, email) = await NewUserAsync();
        using (admin)
        {
            using var anonymous = fixture.Anonymous(admin.TenantName);
            await SendResetCodeAsync(anonymous, email);
            var query = QueryHelpers.ParseQuery(LinkIn(await SmtpSink.WaitForMailToAsync(fixture, email)).Query);
            var userId = Guid.Parse(query["userId"].ToString());

            var wrong = await anonymous.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password",
                new { userId, resetToken = "CfDJ8-sai", password = NewPassword }, HttpStatusCode.BadRequest);
            var weak = await anonymous.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password",
                new { userId, resetToken = query["resetToken"].ToString(), password = "ngan" }, HttpStatusCode.BadRequest);

            TenantTestData.ValidationMembers(wrong).ShouldBe(["resetToken"]);
            TenantTestData.ValidationMembers(weak).Distinct().ShouldBe(["password"]);
            weak!["error"]!["validationErrors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>())
                .ShouldContain("Mật khẩu phải dài ít nhất 12 ký tự.");
        }
    }

    [Fact]
    public async Task Should_answer_an_unknown_address_as_a_known_one_and_send_nothing()
    {
        var (admin, _, email) = await NewUserAsync();
        using (admin)
        {
            using var anonymous = fixture.Anonymous(admin.TenantName);
            var unknownAddress = $"khong-co-{Guid.NewGuid():N}@example.org";

            var known = await SendResetCodeAsync(anonymous, email);
            var unknown = await SendResetCodeAsync(anonymous, unknownAddress);

            unknown.StatusCode.ShouldBe(known.StatusCode);
            (await unknown.Content.ReadAsStringAsync()).ShouldBe(await known.Content.ReadAsStringAsync());
            await SmtpSink.WaitForMailToAsync(fixture, email);
            await WaitUntilNoJobMentionsAsync(unknownAddress);
            await SmtpSink.DispatchAsync(fixture);
            SmtpSink.DeliveredTo(unknownAddress).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Should_not_reset_a_users_password_in_another_tenants_context()
    {
        var (admin, userName, email) = await NewUserAsync();
        using (admin)
        {
            using var other = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
            using var inTenantA = fixture.Anonymous(admin.TenantName);
            using var inTenantB = fixture.Anonymous(other.TenantName);
            await SendResetCodeAsync(inTenantA, email);
            var query = QueryHelpers.ParseQuery(LinkIn(await SmtpSink.WaitForMailToAsync(fixture, email)).Query);
            var reset = new { userId = Guid.Parse(query["userId"].ToString()), resetToken = query["resetToken"].ToString(), password = NewPassword };

            var refused = await inTenantB.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password", reset, HttpStatusCode.BadRequest);

            TenantTestData.ValidationMembers(refused).ShouldBe(["resetToken"]);
            await inTenantA.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password", reset, HttpStatusCode.OK);
            await ShouldSignInAsync(admin.TenantName!, userName, NewPassword);
        }
    }

    [Fact]
    public async Task Should_invite_a_user_created_without_a_password_to_set_one()
    {
        var (admin, userName, email) = await NewUserAsync(password: null);
        using (admin)
        {
            var mail = await SmtpSink.WaitForMailToAsync(fixture, email);
            mail.Subject.ShouldBe("Mời đặt mật khẩu tài khoản hệ thống Nhân đạo");
            var query = QueryHelpers.ParseQuery(LinkIn(mail).Query);
            using var anonymous = fixture.Anonymous(admin.TenantName);

            await anonymous.SendExpectingAsync(HttpMethod.Post, "/api/account/reset-password",
                new { userId = Guid.Parse(query["userId"].ToString()), resetToken = query["resetToken"].ToString(), password = NewPassword },
                HttpStatusCode.OK);

            await ShouldSignInAsync(admin.TenantName!, userName, NewPassword);
        }
    }

    [Fact]
    public async Task Should_notify_the_owner_when_failed_sign_ins_lock_the_account_out()
    {
        var (admin, userName, email) = await NewUserAsync();
        using (admin)
        {
            using var attacker = new ApiClient(TestClientAddress.From(fixture.Factory.CreateApiClient(), "198.51.100.77"), admin.TenantName);
            JsonNode? last = null;
            for (var i = 0; i < 5; i++)
            {
                last = await attacker.SendExpectingAsync(HttpMethod.Post, "/api/account/login",
                    new { userNameOrEmailAddress = userName, password = "Sai-mat-khau@1", rememberMe = false }, HttpStatusCode.OK);
            }
            last!["result"]!.GetValue<int>().ShouldBe(4);

            var mail = await SmtpSink.WaitForMailToAsync(fixture, email);

            mail.Subject.ShouldBe("Tài khoản của bạn bị tạm khóa đăng nhập");
            mail.TextBody!.ShouldContain("198.51.100.77");
            LinkIn(mail).AbsolutePath.ShouldBe("/Account/ForgotPassword");
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class AccountEmails_Sqlite_Tests(SqliteAppFixture fixture) : AccountEmails_Tests<SqliteAppFixture>(fixture);

// On both databases: users are found through the tenant query filter, and a reset link is one per account per window by a unique key.
[Collection(Collections.MySql)]
public sealed class AccountEmails_MySql_Tests(MySqlAppFixture fixture) : AccountEmails_Tests<MySqlAppFixture>(fixture);
