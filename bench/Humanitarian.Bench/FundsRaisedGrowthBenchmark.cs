using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Humanitarian.Web.Data;
using Figures = Humanitarian.Bench.FundsRaisedGrowthSql.Figures;

namespace Humanitarian.Bench;

/// <summary>
/// The funds-raised growth of the largest province, as a committee head reads it: a fund drive of this
/// year with the province's units as participants and the target "funds raised grow 20 % over the year
/// before", made through the API. <c>FundsRaisedGrowthMetricProvider</c> is reached through Campaigns:
/// the campaign's progress (<c>GET /api/app/campaign/{id}/progress</c>: the province's figure) and its
/// summary (<c>GET /api/app/campaign/{id}/summary</c>: the province's and each unit's). Each is timed
/// beside <see cref="FundsRaisedGrowthSql"/> after the figures are checked equal, interleaved, as
/// <see cref="ReportingRatesBenchmark"/> does.
/// </summary>
public sealed class FundsRaisedGrowthBenchmark(DatabaseProvider provider)
{
    private const int Runs = 30;
    private const int WarmUp = 3;

    public async Task<string> RunAsync(FundraisingBenchmark.Context context)
    {
        var admin = context.Bearer;
        var (from, to) = (new DateOnly(context.Today.Year, 1, 1), new DateOnly(context.Today.Year, 12, 31));
        var units = context.Province.Units;
        var campaign = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign", new
        {
            name = $"Vận động Quỹ Nhân đạo {from.Year}", kind = "FundDrive", startDate = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            endDate = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), participantUnitIds = units,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target",
            new { campaignId = campaign, name = "Số quỹ vận động tăng 20% so với năm trước", metric = "FundsRaisedGrowthPercent", goal = 20 },
            HttpStatusCode.OK);

        var sql = new FundsRaisedGrowthSql(provider, context.ConnectionString);
        var progress = await MeasureAsync("progress",
            async () => new Figures((await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/progress"))["targets"]![0]!["actual"]?.GetValue<decimal>(),
                new Dictionary<Guid, decimal>()),
            () => sql.MeasureAsync(context.Province.Id, from, to, null));
        var summary = await MeasureAsync("summary",
            async () => Summary(await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary")),
            () => sql.MeasureAsync(context.Province.Id, from, to, units));
        return new StringBuilder()
            .AppendLine(Row(context.Size, "province (progress)", progress))
            .Append(Row(context.Size, $"province and its {units.Count} units (summary)", summary))
            .ToString();
    }

    private sealed record Timings(List<double> Api, List<double> Sql);

    /// <summary>The summary's target figure and each unit's value of it (a unit without one left out).</summary>
    private static Figures Summary(JsonObject summary)
    {
        var target = summary["targets"]![0]!;
        var units = summary["units"]!.AsArray()
            .Select(u => (Id: u!["unitId"]!.GetValue<Guid>(), Value: u["targets"]![0]!["value"]?.GetValue<decimal>()))
            .Where(u => u.Value is not null).ToDictionary(u => u.Id, u => u.Value!.Value);
        return new Figures(target["actual"]?.GetValue<decimal>(), units);
    }

    /// <summary>Checks the two agree, then times both, interleaved so a slow phase of the machine weighs on both alike.</summary>
    private static async Task<Timings> MeasureAsync(string name, Func<Task<Figures>> api, Func<Task<Figures>> sql)
    {
        var (fromApi, fromSql) = (await api(), await sql());
        if (fromApi.Tenant != fromSql.Tenant || fromSql.Tenant is null || fromApi.Units.Count != fromSql.Units.Count
            || fromApi.Units.Any(u => fromSql.Units.GetValueOrDefault(u.Key, decimal.MinValue) != u.Value))
        {
            throw new InvalidOperationException($"The {name}'s growth differs from the SQL's: {fromApi.Tenant} % vs {fromSql.Tenant} %, units\n" +
                string.Join(", ", fromApi.Units.Select(u => $"{u.Key}: {u.Value}")) + "\nvs\n" + string.Join(", ", fromSql.Units.Select(u => $"{u.Key}: {u.Value}")));
        }
        Console.WriteLine($"The {name}'s growth agrees with the SQL: {fromSql.Tenant} % for the province, {fromSql.Units.Count} units with a figure.");
        using (var profile = new CommandProfile())
        using (profile.Measure())
        {
            await api();
            Console.WriteLine($"The {name}'s EF commands:\n{profile.Report(1)}");
        }
        var timings = new Timings([], []);
        for (var i = 0; i < Runs + WarmUp; i++)
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

    private static async Task<double> TimeAsync(Func<Task<Figures>> measure)
    {
        var watch = Stopwatch.StartNew();
        await measure();
        return watch.Elapsed.TotalMilliseconds;
    }

    private string Row(string size, string figure, Timings timings)
    {
        var (apiMedian, apiP95) = (Statistics.Median(timings.Api), Statistics.P95(timings.Api));
        var (sqlMedian, sqlP95) = (Statistics.Median(timings.Sql), Statistics.P95(timings.Sql));
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {size} | {figure} | {Runs} | {apiMedian:0.0} ms | {apiP95:0.0} ms | " +
            $"{sqlMedian:0.0} ms | {sqlP95:0.0} ms | {apiMedian / sqlMedian:0.0}× ({apiP95 / sqlP95:0.0}× at p95) | {Wrk.LoadAverage()} |");
        Console.WriteLine(row);
        return row;
    }
}
