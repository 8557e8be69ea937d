using Humanitarian.Framework.Timing;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// Receipt numbers with the production setup: two app servers, separate OS processes with their own
/// connection pools, recording gifts to one fund on one MariaDB database at the same time. The numbers
/// must still run 1..n without a gap or a repeat, and the balance must be their sum.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class ReceiptProcesses_Tests(HostProcessDatabase database) : IClassFixture<HostProcessDatabase>
{
    [Fact]
    public async Task Should_number_receipts_without_gaps_or_repeats_when_two_servers_record_at_once()
    {
        await using var first = await HostProcess.StartAsync(database.Options());
        TestTenant tenant;
        Guid fund;
        using (var host = await ApiClient.SignInWithTokenAsync(Http(first), null, "admin", HostProcess.DemoPassword))
        {
            tenant = await CreateTenantAsync(host);
        }
        using (var admin = await ApiClient.SignInWithTokenAsync(Http(first), tenant.Name, "admin", TestTenant.AdminPassword))
        {
            fund = await CreateFundAsync(admin);
        }
        // Started once the tenant exists: a server caches the tenant list for a minute.
        await using var second = await HostProcess.StartAsync(database.Options());
        using var onFirst = await ApiClient.SignInWithTokenAsync(Http(first), tenant.Name, "admin", TestTenant.AdminPassword);
        using var onSecond = await ApiClient.SignInWithTokenAsync(Http(second), tenant.Name, "admin", TestTenant.AdminPassword);
        var today = VietnamCalendar.Today(TimeProvider.System);

        const int PerServer = 30;
        var receipts = await Task.WhenAll(Enumerable.Range(1, PerServer * 2).Select(async i =>
        {
            var body = await DonateAsync(i % 2 == 0 ? onFirst : onSecond, fund, 10_000 * i, today);
            return body["receiptNumber"]!.GetValue<string>();
        }));

        receipts.Order().ShouldBe(Enumerable.Range(1, PerServer * 2).Select(n => $"{today.Year:D4}/{n:D6}"));
        (await BalanceAsync(onSecond, fund)).ShouldBe(Enumerable.Range(1, PerServer * 2).Sum(i => 10_000L * i));
    }

    private static HttpClient Http(HostProcess server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
}
