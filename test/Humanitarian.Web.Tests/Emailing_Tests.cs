using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Humanitarian.Web.Tests;

/// <summary>The outbox delivers through a real SMTP server on loopback (started by etc/test.sh).</summary>
public abstract class Emailing_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private Task<ApiClient> NewTenantAdminAsync(int smtpPort) => SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, smtpPort);

    /// <summary>
    /// Runs the outbox as its job does until the message is done. Waiting for the job alone would tie
    /// these tests to Quartz's schedule, which follows the app's clock: a test that moves the clock
    /// forward and back leaves the next firing minutes ahead.
    /// </summary>
    private async Task<JsonObject> WaitForMessageAsync(ApiClient admin, Func<JsonObject, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await SmtpSink.DispatchAsync(fixture);
            var list = await admin.GetJsonAsync<JsonObject>("/api/app/email-message");
            var message = list["items"]!.AsArray().Single()!.AsObject();
            if (done(message))
            {
                return message;
            }
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the outbox did not get to the message: " + message.ToJsonString());
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Should_deliver_a_queued_message_through_smtp_with_the_tenants_settings()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        var recipient = $"nguoi-nhan-{Guid.NewGuid():N}@example.org";

        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/email-message/send-test", new { to = recipient }, HttpStatusCode.OK);

        var sent = await WaitForMessageAsync(admin, m => m["status"]!.GetValue<string>() != "Queued");
        sent["status"]!.GetValue<string>().ShouldBe("Sent");
        var delivered = SmtpSink.DeliveredTo(recipient).ShouldHaveSingleItem();
        delivered.MessageId.ShouldBe(sent["messageId"]!.GetValue<string>().Trim('<', '>'));
        delivered.Subject.ShouldBe("Thư thử nghiệm từ hệ thống Nhân đạo");
        delivered.From.Mailboxes.Single().Name.ShouldStartWith("Hội Chữ thập đỏ t-");
    }

    [Fact]
    public async Task Should_keep_a_message_queued_with_the_error_while_the_server_is_unreachable()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);

        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/email-message/send-test", new { to = "ai-do@example.org" }, HttpStatusCode.OK);

        var waiting = await WaitForMessageAsync(admin, m => m["tryCount"]!.GetValue<int>() > 0);
        waiting["status"]!.GetValue<string>().ShouldBe("Queued");
        waiting["lastError"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        waiting["nextTryTime"]!.GetValue<DateTime>().ShouldBeGreaterThan(DateTime.UtcNow);
    }

    [Fact]
    public async Task Should_send_the_message_id_fixed_when_queued_even_after_a_failed_try()
    {
        using var admin = await NewTenantAdminAsync(1);
        var recipient = $"thu-lai-{Guid.NewGuid():N}@example.org";
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/email-message/send-test", new { to = recipient }, HttpStatusCode.OK);
        var failed = await WaitForMessageAsync(admin, m => m["tryCount"]!.GetValue<int>() > 0);
        var messageId = failed["messageId"]!.GetValue<string>();
        messageId.ShouldMatch(@"^<[0-9a-f]{32}@[^>]+>$");

        // The SMTP server is fixed and the time of the next try comes.
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
        {
            smtpHost = "127.0.0.1", smtpPort = SmtpSink.Port, smtpEnableSsl = false,
            defaultFromAddress = "nhacviec@example.org", defaultFromDisplayName = "Hội Chữ thập đỏ",
        }, HttpStatusCode.OK);
        JsonObject sent;
        try
        {
            fixture.Factory.Clock.Advance(failed["nextTryTime"]!.GetValue<DateTime>() - DateTime.UtcNow + TimeSpan.FromSeconds(1));
            sent = await WaitForMessageAsync(admin, m => m["status"]!.GetValue<string>() == "Sent");
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        sent["messageId"]!.GetValue<string>().ShouldBe(messageId);
        SmtpSink.DeliveredTo(recipient).ShouldHaveSingleItem().MessageId.ShouldBe(messageId.Trim('<', '>'));
    }

    [Fact]
    public async Task Should_send_an_html_body_with_its_text_alternative_as_multipart_alternative()
    {
        var delivered = await QueueAndDeliverAsync("<p>Xin <b>chào</b></p>", textBody: "Xin chào");

        delivered.Body!.ContentType.MimeType.ShouldBe("multipart/alternative");
        delivered.TextBody!.Trim().ShouldBe("Xin chào");
        delivered.HtmlBody!.ShouldContain("<b>chào</b>");
    }

    [Fact]
    public async Task Should_send_an_html_body_queued_without_a_text_alternative_with_one_made_from_it()
    {
        var delivered = await QueueAndDeliverAsync("<p>Xin <b>chào</b>, <a href=\"https://nhandao.example/t/1\">xem nhiệm vụ</a></p>", textBody: null);

        delivered.Body!.ContentType.MimeType.ShouldBe("multipart/alternative");
        delivered.TextBody!.Trim().ShouldBe("Xin chào, xem nhiệm vụ (https://nhandao.example/t/1)");
        delivered.HtmlBody!.ShouldContain("<b>chào</b>");
    }

    private async Task<MimeMessage> QueueAndDeliverAsync(string html, string? textBody)
    {
        using var admin = await NewTenantAdminAsync(SmtpSink.Port);
        var recipient = $"hai-phan-{Guid.NewGuid():N}@example.org";
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var services = scope.ServiceProvider;
            var tenantId = (await services.GetRequiredService<ITenantStore>().FindAsync(admin.TenantName!))!.Id;
            using var tenant = services.GetRequiredService<ICurrentTenant>().Change(tenantId);
            await services.GetRequiredService<IEmailSender>().QueueAsync(recipient, "Hai phần", html, textBody: textBody);
            await services.GetRequiredService<HumanitarianDbContext>().SaveChangesAsync();
        }
        await WaitForMessageAsync(admin, m => m["status"]!.GetValue<string>() == "Sent");
        return SmtpSink.DeliveredTo(recipient).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_not_queue_the_same_deduplication_key_twice()
    {
        var key = "reminder:" + Guid.NewGuid();
        using var scope = fixture.Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var haNoi = (await services.GetRequiredService<ITenantStore>().FindAsync("ha-noi"))!.Id;
        using (services.GetRequiredService<ICurrentTenant>().Change(haNoi))
        {
            var sender = services.GetRequiredService<IEmailSender>();
            (await sender.QueueAsync("a@example.org", "Nhắc việc", "Hạn nộp báo cáo", deduplicationKey: key)).ShouldNotBeNull();
            (await sender.QueueAsync("a@example.org", "Nhắc việc", "Hạn nộp báo cáo", deduplicationKey: key)).ShouldBeNull();
            var db = services.GetRequiredService<HumanitarianDbContext>();
            await db.SaveChangesAsync();
            (await sender.QueueAsync("a@example.org", "Nhắc việc", "Hạn nộp báo cáo", deduplicationKey: key)).ShouldBeNull();
            (await db.Set<EmailMessage>().CountAsync(m => m.DeduplicationKey == key)).ShouldBe(1);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class Emailing_Sqlite_Tests(SqliteAppFixture fixture) : Emailing_Tests<SqliteAppFixture>(fixture);

// On both databases: the outbox claims rows with an UPDATE and a lease, retries by stored times, and deduplicates by a unique key.
[Collection(Collections.MySql)]
public sealed class Emailing_MySql_Tests(MySqlAppFixture fixture) : Emailing_Tests<MySqlAppFixture>(fixture);
