using System.Net;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Emailing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Shouldly;

namespace Humanitarian.TestBase;

/// <summary>The SMTP server etc/test.sh starts on loopback: each message it takes becomes a file.</summary>
public static class SmtpSink
{
    public static int Port => int.Parse(Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_PORT")
                                        ?? throw new InvalidOperationException("Run the tests with etc/test.sh (SMTP sink)."));

    private static string MailDir => Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_MAILDIR")
                                     ?? throw new InvalidOperationException("Run the tests with etc/test.sh (SMTP sink).");

    private static readonly Lazy<MailDirectory> SinkMail = new(() => new MailDirectory(MailDir));

    /// <summary>The sink's Maildir, by recipient and Message-ID.</summary>
    public static MailDirectory Mail => SinkMail.Value;

    /// <summary>The messages delivered to <paramref name="recipient"/> so far.</summary>
    public static List<MimeMessage> DeliveredTo(string recipient) =>
        Directory.EnumerateFiles(Path.Combine(MailDir, "new"))
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == recipient))
            .ToList();

    /// <summary>
    /// A new tenant whose admin sends through a server of its own on <paramref name="smtpPort"/> (the host
    /// allows it), under the name "Hội Chữ thập đỏ &lt;tenant&gt;".
    /// </summary>
    public static async Task<ApiClient> NewTenantAdminWithOwnServerAsync(AppFixture fixture, int smtpPort)
    {
        await SetHostServerAsync(fixture, allowTenantServers: true);
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
        {
            smtpHost = "127.0.0.1", smtpPort, smtpEnableSsl = false,
            defaultFromAddress = "nhacviec@example.org", defaultFromDisplayName = "Hội Chữ thập đỏ " + tenant.Name,
        }, HttpStatusCode.OK);
        return admin;
    }


    /// <summary>Runs the background jobs and the outbox until a mail reaches <paramref name="recipient"/>.</summary>
    public static async Task<MimeMessage> WaitForMailToAsync(AppFixture fixture, string recipient)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await DispatchAsync(fixture);
            if (DeliveredTo(recipient).SingleOrDefault() is { } delivered)
            {
                return delivered;
            }
            DateTime.UtcNow.ShouldBeLessThan(deadline, "no mail reached " + recipient);
            await Task.Delay(200);
        }
    }

    /// <summary>Runs the due background jobs (some queue mail, e.g. a reset link), then the outbox, as their jobs do.</summary>
    public static async Task DispatchAsync(AppFixture fixture)
    {
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<BackgroundJobWorker>().DoWorkAsync();
        }
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmailOutboxDispatcher>().DispatchAsync();
        }
    }

    /// <summary>
    /// Sets the host's SMTP server and whether tenants may use their own; tests that depend on either
    /// set both, since the fixture's app is shared by the classes of a collection.
    /// </summary>
    public static async Task SetHostServerAsync(
        AppFixture fixture, bool allowTenantServers, string? userName = null, string? password = null)
    {
        using var host = await fixture.SignInAsync(null, "admin");
        await host.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
        {
            smtpHost = "127.0.0.1", smtpPort = 25, smtpUserName = userName, smtpPassword = password, smtpEnableSsl = false,
            defaultFromAddress = "noreply@humanitarian.local", defaultFromDisplayName = "Humanitarian",
            allowTenantSmtpServer = allowTenantServers,
        }, HttpStatusCode.OK);
    }
}
