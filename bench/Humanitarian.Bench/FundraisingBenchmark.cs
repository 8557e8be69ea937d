using System.Diagnostics;
using System.Globalization;
using System.Text;
using Humanitarian.Framework.Timing;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Bench;

/// <summary>
/// Fundraising at national scale (issue #12, "Performance"): the app on Kestrel over a scratch database
/// bulk-loaded with <see cref="FundraisingScaleData"/>, then three steps on the largest province, each
/// beside a yardstick: the donation list under <c>wrk</c> against a bare SQL endpoint
/// (<see cref="DonationListBenchmark"/>), the funds-raised growth against one hand-written query
/// (<see cref="FundsRaisedGrowthBenchmark"/>), and parallel clients recording gifts into one fund
/// (<see cref="DonationRecordingBenchmark"/>). One load serves all three: 4 million rows take minutes.
/// </summary>
public sealed class FundraisingBenchmark(DatabaseProvider provider, int donations, int seconds, int recordings, int clients)
{
    /// <summary>What the steps share: the running app, the province measured and its admin's clients.</summary>
    public sealed record Context(
        HumanitarianWebFactory Factory,
        Uri Api,
        FundraisingScaleData.Tenant Province,
        ApiClient Bearer,
        string ConnectionString,
        DateOnly Today,
        string Size);

    public async Task<string> RunAsync()
    {
        if (!Wrk.IsInstalled)
        {
            return "wrk is not installed: sudo apt-get install -y wrk";
        }
        await using var factory = new HumanitarianWebFactory(provider);
        var apiPort = LoopbackPort.Free();
        factory.UseKestrel(apiPort);
        factory.StartServer();
        await factory.WaitUntilReadyAsync();
        var api = new Uri($"http://127.0.0.1:{apiPort}");
        var today = VietnamCalendar.Today(factory.Clock);

        using var host = await ApiClient.SignInAsync(Browser(factory, api), null, "admin", HumanitarianWebFactory.DemoPassword);
        var seeding = Stopwatch.StartNew();
        var seeded = await FundraisingScaleData.SeedAsync(factory, host, donations, today);
        seeding.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {seeded.Tenants.Count} tenants, {seeded.Donations} donations, {seeded.Donors} donors, {seeded.LedgerEntries} ledger entries in {seeding.Elapsed.TotalSeconds:0} s"));

        var province = seeded.Tenants[0];
        using var bearer = await ApiClient.SignInWithTokenAsync(new HttpClient { BaseAddress = api }, province.Name, "admin",
            HumanitarianWebFactory.DemoPassword);
        string connectionString;
        using (var scope = factory.Services.CreateScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Database.GetConnectionString()!;
        }
        var context = new Context(factory, api, province, bearer, connectionString, today,
            $"{seeded.Donations} donations, {seeded.Tenants.Count} tenants");

        var rows = new StringBuilder();
        rows.AppendLine(await new DonationListBenchmark(provider, seconds).RunAsync(context));
        rows.AppendLine(await new FundsRaisedGrowthBenchmark(provider).RunAsync(context));
        rows.Append(await new DonationRecordingBenchmark(provider, recordings, clients).RunAsync(context));
        return rows.ToString();
    }

    private static HttpClient Browser(HumanitarianWebFactory factory, Uri api) => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = api, AllowAutoRedirect = false, HandleCookies = true,
    });
}
