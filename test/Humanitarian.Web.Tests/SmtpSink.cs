using System.Net;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Emailing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Humanitarian.Web.Tests;

/// <summary>The SMTP server etc/test.sh starts on loopback: each delivered mail is a file in its maildir.</summary>
public static class SmtpSink
{
    public static int Port => int.Parse(Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_PORT")
                                        ?? throw new InvalidOperationException("Run the tests with etc/test.sh (SMTP sink)."));

    private static string MailDir => Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_MAILDIR")
                                     ?? throw new InvalidOperationException("Run the tests with etc/test.sh (SMTP sink).");

    /// <summary>A new tenant whose own SMTP server is the sink (port 1 for one that refuses), and its admin.</summary>
    public static async Task<ApiClient> NewTenantAdminAsync(AppFixture fixture, int smtpPort)
    {
        await TestData.SetHostSmtpServerAsync(fixture, allowTenantServers: true);
        var tenant = await TestData.CreateTenantAsync(fixture, name: "mail-" + Guid.NewGuid().ToString("N")[..8]);
        var admin = await TestData.SignInAdminAsync(fixture, tenant);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
        {
            smtpHost = "127.0.0.1", smtpPort, smtpEnableSsl = false,
            defaultFromAddress = "nhacviec@example.org", defaultFromDisplayName = "Hội Chữ thập đỏ " + tenant.Name,
        }, HttpStatusCode.OK);
        return admin;
    }

    /// <summary>The one mail delivered to <paramref name="recipient"/>, if any yet.</summary>
    public static MimeMessage? DeliveredTo(string recipient) =>
        Directory.EnumerateFiles(Path.Combine(MailDir, "new"))
            .Select(f => MimeMessage.Load(f))
            .SingleOrDefault(m => m.To.Mailboxes.Any(a => a.Address == recipient));

    /// <summary>Runs the background jobs and the outbox until a mail reaches <paramref name="recipient"/>.</summary>
    public static async Task<MimeMessage> WaitForMailToAsync(AppFixture fixture, string recipient)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await DispatchAsync(fixture);
            if (DeliveredTo(recipient) is { } delivered)
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
}
