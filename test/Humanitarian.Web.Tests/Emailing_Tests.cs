using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>The outbox delivers through a real SMTP server on loopback (started by etc/test.sh).</summary>
public abstract class Emailing_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
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
            using (var scope = fixture.Factory.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<EmailOutboxDispatcher>().DispatchAsync();
            }
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
    public async Task Should_not_queue_the_same_deduplication_key_twice()
    {
        var key = "reminder:" + Guid.NewGuid();
        using var scope = fixture.Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var haNoi = (await services.GetRequiredService<ITenantStore>().FindAsync("ha-noi"))!.Id;
        using (services.GetRequiredService<ICurrentTenant>().Change(haNoi))
        {
            var sender = services.GetRequiredService<IEmailSender>();
            (await sender.QueueAsync("a@example.org", "Nhắc việc", "Hạn nộp báo cáo", deduplicationKey: key)).ShouldBeTrue();
            (await sender.QueueAsync("a@example.org", "Nhắc việc", "Hạn nộp báo cáo", deduplicationKey: key)).ShouldBeFalse();
            var db = services.GetRequiredService<HumanitarianDbContext>();
            await db.SaveChangesAsync();
            (await sender.QueueAsync("a@example.org", "Nhắc việc", "Hạn nộp báo cáo", deduplicationKey: key)).ShouldBeFalse();
            (await db.Set<EmailMessage>().CountAsync(m => m.DeduplicationKey == key)).ShouldBe(1);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class Emailing_Sqlite_Tests(SqliteAppFixture fixture) : Emailing_Tests<SqliteAppFixture>(fixture);

// On both databases: the outbox claims rows with an UPDATE and a lease, retries by stored times, and deduplicates by a unique key.
[Collection(Collections.MySql)]
public sealed class Emailing_MySql_Tests(MySqlAppFixture fixture) : Emailing_Tests<MySqlAppFixture>(fixture);
