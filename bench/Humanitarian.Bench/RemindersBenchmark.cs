using System.Diagnostics;
using System.Globalization;
using System.Net;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Bench;

/// <summary>
/// The daily reminder run over a province whose tasks are all overdue (<c>POST /api/app/reminder/run</c>
/// as the tenant's admin), checked against the reminders and outbox rows it should have written; then how
/// fast the outbox dispatcher, as the app schedules it, delivers those e-mails into the SMTP sink that
/// <c>etc/services.sh</c> runs on loopback.
/// </summary>
/// <param name="dispatchIntervalSeconds">The outbox job's period: production's default (10 s) unless tuning is being tried.</param>
/// <param name="deliveryLimit">How long to watch the delivery before reporting the rate of what was delivered so far.</param>
public sealed class RemindersBenchmark(DatabaseProvider provider, int tasks, int dispatchIntervalSeconds, TimeSpan deliveryLimit)
{
    public const int ProductionDispatchIntervalSeconds = 10;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public async Task<string> RunAsync()
    {
        var sink = SmtpSinkDirectory();
        await using var factory = new HumanitarianWebFactory(provider, new Dictionary<string, string?>
        {
            ["Emailing:DispatchIntervalSeconds"] = dispatchIntervalSeconds.ToString(CultureInfo.InvariantCulture),
        });
        await factory.WaitUntilReadyAsync();
        var today = VietnamCalendar.Today(factory.Clock);
        using (var host = await ApiClient.SignInAsync(factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword))
        {
            await host.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
            {
                smtpHost = "127.0.0.1", smtpPort = SmtpSink.Port, smtpEnableSsl = false,
                defaultFromAddress = "nhacviec@bench.local", defaultFromDisplayName = "Hội Chữ thập đỏ", allowTenantSmtpServer = false,
            }, HttpStatusCode.OK);
            var seeding = Stopwatch.StartNew();
            var seeded = await ReminderScaleData.SeedAsync(factory, host, tasks, today);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Seeded {seeded.Tasks} overdue tasks ({seeded.Escalated} escalated) in {seeding.Elapsed.TotalSeconds:0} s; " +
                $"expecting {seeded.ExpectedReminders} reminders"));
            return await MeasureAsync(factory, seeded, sink);
        }
    }

    private async Task<string> MeasureAsync(HumanitarianWebFactory factory, ReminderScaleData.Seeded seeded, string sink)
    {
        using var admin = await ReminderScaleData.SignInAdminAsync(factory, seeded.Tenant);
        var filesBefore = Directory.EnumerateFiles(sink).Count();
        var loadBefore = LoadAverage();
        var run = Stopwatch.StartNew();
        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK);
        run.Stop();
        var queued = body!["queued"]!.GetValue<int>();
        var outbox = new OutboxCounts(factory.Services, seeded.Tenant.Id);
        var (reminders, messages) = (await outbox.RemindersAsync(), await outbox.MessagesAsync());
        if (queued != seeded.ExpectedReminders || reminders != queued || messages != queued)
        {
            throw new InvalidOperationException(
                $"Expected {seeded.ExpectedReminders} reminders; the run answered {queued}, wrote {reminders} reminders and {messages} e-mails.");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run: {queued} reminders and e-mails queued in {run.Elapsed.TotalSeconds:0.0} s (checked); delivering…"));

        var sentAtRunEnd = await outbox.SentAsync();
        var delivery = Stopwatch.StartNew();
        var sent = sentAtRunEnd;
        while (sent < queued && delivery.Elapsed < deliveryLimit)
        {
            await Task.Delay(Poll);
            sent = await outbox.SentAsync();
        }
        delivery.Stop();
        var failed = await outbox.NotSentWithErrorAsync();
        var delivered = Directory.EnumerateFiles(sink).Count() - filesBefore;
        if (failed > 0 || delivered < sent)
        {
            throw new InvalidOperationException($"{failed} e-mails failed; the sink holds {delivered} new mails for {sent} sent.");
        }
        var loadAfter = LoadAverage();
        var rate = (sent - sentAtRunEnd) / delivery.Elapsed.TotalSeconds;
        var deliveryText = sent == queued
            ? $"all {queued} in {delivery.Elapsed.TotalSeconds:0.0} s ({sentAtRunEnd} during the run)"
            : $"{sent - sentAtRunEnd} of {queued - sentAtRunEnd} in {delivery.Elapsed.TotalSeconds:0} s (stopped there)";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {seeded.Tasks} tasks ({seeded.Escalated} escalated), {queued} e-mails | " +
            $"{run.Elapsed.TotalSeconds:0.0} s | every {dispatchIntervalSeconds} s | {deliveryText} | {rate:0.0} e-mails/s | {loadBefore}–{loadAfter} |");
    }

    /// <summary>Where the sink of <c>etc/services.sh</c> writes each mail it takes, as a file.</summary>
    private static string SmtpSinkDirectory() =>
        Path.Combine(Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_MAILDIR")
                     ?? throw new InvalidOperationException("Start the SMTP sink first: bash etc/services.sh start, then eval its env."), "new");

    /// <summary>The machine's 1-minute load average: the 2 cores are shared, so figures go with it.</summary>
    private static string LoadAverage() =>
        File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>The tenant's rows as the database holds them.</summary>
    private sealed class OutboxCounts(IServiceProvider services, Guid tenantId)
    {
        public Task<int> RemindersAsync() => CountAsync(db => db.Set<Reminder>().CountAsync());

        public Task<int> MessagesAsync() => CountAsync(db => db.Set<EmailMessage>().CountAsync());

        public Task<int> SentAsync() => CountAsync(db => db.Set<EmailMessage>().CountAsync(m => m.Status == EmailMessageStatus.Sent));

        public Task<int> NotSentWithErrorAsync() =>
            CountAsync(db => db.Set<EmailMessage>().CountAsync(m => m.Status != EmailMessageStatus.Sent && m.LastError != null));

        private async Task<int> CountAsync(Func<HumanitarianDbContext, Task<int>> count)
        {
            using var scope = services.CreateScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
            return await count(scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>());
        }
    }
}
