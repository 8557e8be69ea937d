using System.Diagnostics;
using Humanitarian.Framework.Timing;
using Xunit.Abstractions;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// Nothing lost, nothing doubled (#10), with the real app as separate OS processes on one MariaDB database
/// (the production setup) delivering to the test run's SMTP sink: servers that run the policy and the
/// outbox at the same time, and a server killed while it delivers. The tests share the database, each
/// in a tenant of its own, and run one after the other, so no server of one is up during the other.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class ReminderProcesses_Tests(HostProcessDatabase database, ITestOutputHelper output) : IClassFixture<HostProcessDatabase>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    [Fact]
    public async Task Should_deliver_each_reminder_once_when_two_servers_run_and_dispatch_them_at_the_same_time()
    {
        // The second starts once the tenant exists, since a server caches the tenant list for a minute (TenantStore).
        await using var first = await HostProcess.StartAsync(Options());
        var load = await PrepareAsync(first, units: 12, contactsPerUnit: 2, tasksPerUnit: 4);
        await using var second = await HostProcess.StartAsync(Options());
        Say($"second server started in {second.StartupTime.TotalSeconds:0.0} s");
        using var firstAdmin = await SignInAsync(first, load);
        using var secondAdmin = await SignInAsync(second, load);

        // Five runs on each server at once: the policy's unique key and the outbox's claims keep them apart.
        int[] runs;
        try
        {
            runs = await Task.WhenAll(Enumerable.Range(0, 5).SelectMany(_ => new[] { firstAdmin, secondAdmin }).Select(ReminderLoad.RunAsync));
        }
        catch
        {
            // A failed run answers only "an error occurred": what failed is in the servers' logs.
            Say($"first server's log:{Environment.NewLine}{first.RecentOutput}{Environment.NewLine}second server's log:{Environment.NewLine}{second.RecentOutput}");
            throw;
        }

        runs.Sum().ShouldBe(load.Count);
        Say($"runs queued {string.Join(", ", runs)}");
        var (history, delivered) = await load.WaitUntilDeliveredAsync(firstAdmin, SmtpSink.Mail);
        Say($"{delivered.Count} delivered");
        load.ShouldAllBeDelivered(history, delivered).Where(c => c.Value > 1).ShouldBeEmpty("messages delivered more than once");
        delivered.Count.ShouldBe(load.Count);
    }

    [Fact]
    public async Task Should_deliver_every_reminder_after_a_server_is_killed_while_delivering_doubling_at_most_the_one_in_flight()
    {
        ReminderLoad load;
        int deliveredAtKill;
        await using (var doomed = await HostProcess.StartAsync(Options(ShortClaims)))
        {
            load = await PrepareAsync(doomed, units: 8, contactsPerUnit: 5, tasksPerUnit: 6);
            using var admin = await SignInAsync(doomed, load);
            (await ReminderLoad.RunAsync(admin)).ShouldBe(load.Count);
            deliveredAtKill = await WaitForDeliveriesAsync(load, atLeast: 30);
            await doomed.KillAsync();
            Say($"killed after {deliveredAtKill} of {load.Count} delivered");
        }
        // The kill must come while the outbox is at work, or it tests nothing: at most 20 a second (a batch
        // of 20 a dispatch, a dispatch a second), the last of these reminders goes out seconds later.
        deliveredAtKill.ShouldBeLessThan(load.Count, "the outbox had delivered everything before the kill");

        await using var successor = await HostProcess.StartAsync(Options(ShortClaims));
        Say($"successor started in {successor.StartupTime.TotalSeconds:0.0} s");
        using var successorAdmin = await SignInAsync(successor, load);
        // Everything was queued before the kill: the policy queues nothing again.
        (await ReminderLoad.RunAsync(successorAdmin)).ShouldBe(0);
        var (history, delivered) = await load.WaitUntilDeliveredAsync(successorAdmin, SmtpSink.Mail);

        var copies = load.ShouldAllBeDelivered(history, delivered);
        Say($"{delivered.Count} delivered, {copies.Count(c => c.Value > 1)} more than once");
        // The dispatcher sends its claimed batch one message at a time and saves each outcome as soon as the
        // server answers, and Quartz never runs the outbox job twice at once in one process
        // ([DisallowConcurrentExecution]): so a killed process leaves at most one message that the server
        // took but the database does not know as sent, and that one goes again under its Message-ID (every
        // copy is of one reminder's message, checked above). The rest of its claimed batch (up to 20) is
        // not repeated, only held until the claim's lease runs out.
        copies.Values.Sum(n => n - 1).ShouldBeLessThanOrEqualTo(1, "messages delivered twice after one kill");
    }

    /// <summary>
    /// The outbox's claims held 5 s instead of 5 minutes, so a killed server's claims come free within the
    /// test. Only where one server runs at a time: servers side by side keep the default, since a claim that
    /// ran out while its batch was still being sent would let another server send the rest again.
    /// </summary>
    private static readonly KeyValuePair<string, string> ShortClaims = new("Emailing__ClaimLeaseSeconds", "5");

    /// <summary>Each server delivers every second, so the test waits little; only the test's runs queue reminders (no daily run at 07:00).</summary>
    private HostProcessOptions Options(params KeyValuePair<string, string>[] more) => database.Options(new Dictionary<string, string>(more)
    {
        ["Emailing__DispatchIntervalSeconds"] = "1",
        ["Campaigns__DailyReminderTime"] = "",
    });

    /// <summary>A new tenant with the load, made through <paramref name="server"/>.</summary>
    private async Task<ReminderLoad> PrepareAsync(HostProcess server, int units, int contactsPerUnit, int tasksPerUnit)
    {
        Say($"{server.BaseAddress} started in {server.StartupTime.TotalSeconds:0.0} s");
        using var host = await ApiClient.SignInWithTokenAsync(Http(server), null, "admin", HostProcess.DemoPassword);
        var tenant = await CreateTenantAsync(host);
        using var admin = await ApiClient.SignInWithTokenAsync(Http(server), tenant.Name, "admin", TestTenant.AdminPassword);
        // The processes run on the real clock, so the load's due dates are from the real today.
        var load = await ReminderLoad.CreateAsync(admin, VietnamCalendar.Today(TimeProvider.System), units, contactsPerUnit, tasksPerUnit);
        Say($"{load.Count} reminders prepared");
        return load;
    }

    /// <summary>Where the time goes, in the test's output: these tests are the slowest of the suite.</summary>
    private void Say(string message) => output.WriteLine($"{_watch.Elapsed.TotalSeconds,5:0.0} s  {message}");

    private static Task<ApiClient> SignInAsync(HostProcess server, ReminderLoad load) =>
        ApiClient.SignInWithTokenAsync(Http(server), load.TenantName, "admin", TestTenant.AdminPassword);

    private static HttpClient Http(HostProcess server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };

    /// <summary>Polls the sink until <paramref name="atLeast"/> of the load's messages arrived; how many had.</summary>
    private static async Task<int> WaitForDeliveriesAsync(ReminderLoad load, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var delivered = load.Of(SmtpSink.Mail.Delivered()).Count;
            if (delivered >= atLeast)
            {
                return delivered;
            }
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"only {delivered} reminders delivered");
            await Task.Delay(20);
        }
    }
}
