using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// ABP's "send test e-mail": at once through the caller's own SMTP server (the real sink etc/test.sh
/// starts), reported in words when it fails, a few a minute per tenant, each one audited.
/// </summary>
public abstract class SendTestEmail_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/setting-management/emailing/send-test-email";

    private static object Input(string target) => new
    {
        senderEmailAddress = "thu-thu@example.org", targetEmailAddress = target,
        subject = "Kiểm tra cấu hình", body = "Nội dung thử: Hội Chữ thập đỏ",
    };

    [Fact]
    public async Task Should_send_at_once_through_the_tenants_own_server_and_audit_it()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        var target = $"thu-thu-{Guid.NewGuid():N}@example.org";

        await admin.SendExpectingAsync(HttpMethod.Post, Url, Input(target), HttpStatusCode.OK);

        // Delivered already (the host's server, port 25, has nothing listening: only the tenant's own could).
        var delivered = SmtpSink.DeliveredTo(target).ShouldHaveSingleItem();
        delivered.Subject.ShouldBe("Kiểm tra cấu hình");
        delivered.TextBody.ShouldNotBeNull().Trim().ShouldBe("Nội dung thử: Hội Chữ thập đỏ");
        var from = delivered.From.Mailboxes.Single();
        from.Address.ShouldBe("thu-thu@example.org");
        from.Name.ShouldStartWith("Hội Chữ thập đỏ t-");
        // Not through the outbox.
        (await admin.GetJsonAsync<JsonObject>("/api/app/email-message"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        var audit = await admin.GetJsonAsync<JsonObject>("/api/audit-logging/audit-logs?entityType=SendTestEmailInput");
        var change = audit["items"]!.AsArray().ShouldHaveSingleItem()!["entityChanges"]!.AsArray().ShouldHaveSingleItem()!;
        change["propertyChanges"]!.AsArray()
            .Single(p => p!["propertyName"]!.GetValue<string>() == "TargetEmailAddress")!["newValue"]!.GetValue<string>().ShouldBe(target);
    }

    [Fact]
    public async Task Should_report_an_unreachable_server_in_vietnamese_with_400()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);

        var body = await admin.SendExpectingAsync(HttpMethod.Post, Url, Input("ai-do@example.org"), HttpStatusCode.BadRequest);

        body!["error"]!["message"]!.GetValue<string>()
            .ShouldStartWith("Không gửi được e-mail thử: không kết nối được tới máy chủ SMTP; kiểm tra tên máy chủ và cổng.");
    }

    [Fact]
    public async Task Should_refuse_the_sixth_test_email_of_a_tenant_within_a_minute_with_429()
    {
        // Failed tries count too (an unreachable server answers at once), so nobody probes past the limit.
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);
        using var other = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await admin.SendExpectingAsync(HttpMethod.Post, Url, Input("ai-do@example.org"), HttpStatusCode.BadRequest);
        }

        var refused = await admin.SendExpectingAsync(HttpMethod.Post, Url, Input("ai-do@example.org"), HttpStatusCode.TooManyRequests);

        refused!["error"]!["message"]!.GetValue<string>().ShouldBe("Đã gửi 5 e-mail thử trong một phút. Vui lòng chờ một lát rồi thử lại.");
        // Another tenant has its own allowance.
        await other.SendExpectingAsync(HttpMethod.Post, Url, Input("ai-do@example.org"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_name_the_invalid_fields()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);

        var body = await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { senderEmailAddress = "khong-phai-email", targetEmailAddress = "", subject = "" }, HttpStatusCode.BadRequest);

        TenantTestData.ValidationMembers(body).Distinct().ShouldBe(["senderEmailAddress", "targetEmailAddress", "subject"], ignoreOrder: true);
    }
}

[Collection(Collections.Sqlite)]
public sealed class SendTestEmail_Sqlite_Tests(SqliteAppFixture fixture) : SendTestEmail_Tests<SqliteAppFixture>(fixture);
