using Humanitarian.Framework.Timing;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// Reminders while the SMTP server is down (#10): each is tried, kept queued with its error, and
/// delivered exactly once when the server is back. Emailing_Tests shows it for one message; this is a
/// run's worth, through the outbox's batches and claims.
/// </summary>
public abstract class ReminderDelivery_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_keep_retrying_every_reminder_while_the_smtp_server_is_down_and_deliver_each_once_when_it_is_back()
    {
        // The tenant's own server, on a port where nothing listens yet.
        var port = LoopbackPort.Free();
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, port);
        var load = await ReminderLoad.CreateAsync(admin, VietnamCalendar.Today(fixture.Factory.Clock), units: 5, contactsPerUnit: 2, tasksPerUnit: 3);
        (await ReminderLoad.RunAsync(admin)).ShouldBe(load.Count);

        await WaitUntilEveryTryFailedAsync(admin, load);
        var mail = new MailDirectory(Directory.CreateTempSubdirectory("humanitarian-smtp-").FullName);
        try
        {
            await using var server = await SmtpServerProcess.StartAsync(port, mail);
            // The first retry is a minute after the failed try.
            fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(2));
            var (history, delivered) = await load.WaitUntilDeliveredAsync(admin, mail, () => SmtpSink.DispatchAsync(fixture));

            load.ShouldAllBeDelivered(history, delivered).Where(c => c.Value > 1).ShouldBeEmpty("messages delivered more than once");
            delivered.Count.ShouldBe(load.Count);
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
            Directory.Delete(mail.Path, recursive: true);
        }
    }

    /// <summary>Runs the outbox until each reminder's message has been tried once, in vain.</summary>
    private async Task WaitUntilEveryTryFailedAsync(ApiClient admin, ReminderLoad load)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            await SmtpSink.DispatchAsync(fixture);
            var history = await ReminderLoad.HistoryAsync(admin);
            history.ShouldAllBe(r => r.Status == "Queued", "nothing can be sent, nor given up on after one try");
            if (history.Count == load.Count && history.All(r => r.Error != null))
            {
                return;
            }
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"{history.Count(r => r.Error != null)} of {load.Count} reminders tried");
            await Task.Delay(200);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class ReminderDelivery_Sqlite_Tests(SqliteAppFixture fixture) : ReminderDelivery_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class ReminderDelivery_MySql_Tests(MySqlAppFixture fixture) : ReminderDelivery_Tests<MySqlAppFixture>(fixture);
