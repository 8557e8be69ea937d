using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Timing;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Counts = Humanitarian.Bench.ReportingRatesSql.Counts;

namespace Humanitarian.Bench;

/// <summary>
/// The Campaigns reporting-rate roll-up at national scale: the host's (per province) and one province's
/// (per district) through <c>GET /api/app/campaign/reporting-rates</c>, each beside the same figures from
/// hand-written SQL on the same database. The figures must agree; the timings are compared.
/// </summary>
public sealed class ReportingRatesBenchmark(DatabaseProvider provider, int runs)
{
    private const int WarmUp = 3;

    private static readonly CampaignScaleData.Scale Scale = new(Provinces: 34, Units: 3321, Districts: 4, Years: 2);

    public async Task<string> RunAsync()
    {
        await using var factory = new HumanitarianWebFactory(provider);
        await factory.WaitUntilReadyAsync();
        var today = VietnamCalendar.Today(factory.Clock);
        using var host = await ApiClient.SignInAsync(factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword);
        var seeding = Stopwatch.StartNew();
        var seeded = await CampaignScaleData.SeedAsync(factory, host, Scale, today);
        seeding.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {Scale.Provinces} provinces, {Scale.Units} units, {seeded.Tasks} tasks, {seeded.Activities} activities in {seeding.Elapsed.TotalSeconds:0} s"));

        var (provinceId, provinceName) = seeded.Provinces[0];
        using var provinceAdmin = await ApiClient.SignInAsync(factory.CreateApiClient(), provinceName, "admin", HumanitarianWebFactory.DemoPassword);
        var sql = new ReportingRatesSql(factory.Services, provider);
        var url = $"/api/app/campaign/reporting-rates?year={today.Year}";
        var national = await MeasureAsync("national", () => ApiAsync(host, url), () => sql.NationalAsync(today.Year, today));
        var province = await MeasureAsync("province", () => ApiAsync(provinceAdmin, url), () => sql.ChildrenOfAsync(provinceId, today.Year, today));

        var size = $"{Scale.Provinces} provinces, {Scale.Units} units, {seeded.Tasks} tasks";
        return new StringBuilder()
            .AppendLine(Row("host, per province", size, national))
            .Append(Row("province, per district", size, province))
            .ToString();
    }

    private sealed record Timings(List<double> Api, List<double> Sql);

    /// <summary>Checks the two agree, then times both, interleaved so a slow phase of the machine weighs on both alike.</summary>
    private async Task<Timings> MeasureAsync(string name, Func<Task<Dictionary<Guid, Counts>>> api, Func<Task<Dictionary<Guid, Counts>>> sql)
    {
        Check(name, await api(), await sql());
        var timings = new Timings([], []);
        for (var i = 0; i < runs + WarmUp; i++)
        {
            var apiTime = await TimeAsync(api);
            var sqlTime = await TimeAsync(sql);
            if (i >= WarmUp)
            {
                timings.Api.Add(apiTime);
                timings.Sql.Add(sqlTime);
            }
        }
        return timings;
    }

    private static async Task<double> TimeAsync(Func<Task<Dictionary<Guid, Counts>>> rollup)
    {
        var watch = Stopwatch.StartNew();
        await rollup();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<Dictionary<Guid, Counts>> ApiAsync(ApiClient client, string url) =>
        (await client.GetJsonAsync<JsonObject>(url))["items"]!.AsArray().Select(item => item!).ToDictionary(
            item => item["tenantId"]!.GetValue<Guid>(),
            item => item["tasks"].Deserialize<Counts>(ApiClient.Json)!);

    /// <summary>
    /// The API lists every open child, with zeros when it has no task of the year; the SQL only children
    /// with tasks. Any other difference is a bug.
    /// </summary>
    private static void Check(string name, Dictionary<Guid, Counts> api, Dictionary<Guid, Counts> sql)
    {
        var zero = new Counts(0, 0, 0, 0);
        var differences = api.Keys.Union(sql.Keys)
            .Where(id => api.GetValueOrDefault(id, zero) != sql.GetValueOrDefault(id, zero))
            .Select(id => $"{id}: API {api.GetValueOrDefault(id)}, SQL {sql.GetValueOrDefault(id)}").ToList();
        if (differences.Count > 0 || sql.Count == 0)
        {
            throw new InvalidOperationException($"The {name} roll-up differs from the SQL's:\n" + string.Join("\n", differences));
        }
        Console.WriteLine($"The {name} roll-up agrees with the SQL: {sql.Count} children, {sql.Values.Sum(c => c.Total)} tasks.");
    }

    private string Row(string rollup, string size, Timings timings)
    {
        var (apiMedian, apiP95) = (Statistics.Median(timings.Api), Statistics.P95(timings.Api));
        var (sqlMedian, sqlP95) = (Statistics.Median(timings.Sql), Statistics.P95(timings.Sql));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {size} | {rollup} | {runs} | {apiMedian:0.0} ms | {apiP95:0.0} ms | " +
            $"{sqlMedian:0.0} ms | {sqlP95:0.0} ms | {apiMedian / sqlMedian:0.0}× ({apiP95 / sqlP95:0.0}× at p95) |");
    }
}
