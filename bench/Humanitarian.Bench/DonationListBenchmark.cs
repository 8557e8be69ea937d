using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;

namespace Humanitarian.Bench;

/// <summary>
/// The paged, sorted, filtered donation list of the largest province: <c>GET /api/app/donation</c> on the
/// real app (a bearer token of the province's admin) against <see cref="DonationListSql"/> in the same
/// process, each driven by <c>wrk</c> (2 threads, 4 connections) for the same queries, as
/// <see cref="AddressListBenchmark"/> does for addresses. The pages must agree before timing.
/// </summary>
public sealed class DonationListBenchmark(DatabaseProvider provider, int seconds)
{
    private const int PageSize = 20;
    private const int Rounds = 2;
    private const int WarmUpSeconds = 3;

    private sealed record Query(string Name, string Parameters);

    public async Task<string> RunAsync(FundraisingBenchmark.Context context)
    {
        await using var sql = new DonationListSql(provider, context.ConnectionString);
        await sql.StartAsync(LoopbackPort.Free());
        var province = context.Province;
        var (today, year) = (context.Today, context.Today.Year);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var unit = await BusiestUnitAsync(sql, province, new DateOnly(year, 1, 1));
        var queries = new List<Query>
        {
            new("newest first", $"maxResultCount={PageSize}"),
            new("one fund, last month, by amount", $"fundId={province.Funds[0]}&from={lastMonth:yyyy-MM-dd}&to={lastMonth.AddMonths(1).AddDays(-1):yyyy-MM-dd}&sorting=amount%20desc&maxResultCount={PageSize}"),
            new("one credited unit, this year, page 2", $"creditedUnitId={unit}&from={year}-01-01&to={today:yyyy-MM-dd}&skipCount={PageSize}&maxResultCount={PageSize}"),
            new("donor \"nguyen van\"", $"filter=nguyen%20van&maxResultCount={PageSize}"),
        };
        using var sqlClient = new HttpClient { BaseAddress = sql.BaseAddress };
        foreach (var query in queries)
        {
            await CheckAsync(query, context.Bearer, sqlClient, province.Id);
        }
        await ProfileAsync(queries, context.Bearer, sqlClient, province.Id);

        var token = context.Bearer.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var load = new List<string> { Wrk.LoadAverage() };
        var rows = new StringBuilder();
        foreach (var query in queries)
        {
            var apiUrl = $"{context.Api}api/app/donation?{query.Parameters}";
            var sqlUrl = $"{sql.BaseAddress}donations?tenantId={province.Id}&{query.Parameters}";
            string[] apiHeaders = [$"Authorization: Bearer {token}", $"__tenant: {province.Name}"];
            await Wrk.RunAsync(apiUrl, apiHeaders, WarmUpSeconds);
            await Wrk.RunAsync(sqlUrl, [], WarmUpSeconds);
            var (apiRuns, sqlRuns) = (new List<Wrk.Result>(), new List<Wrk.Result>());
            for (var round = 0; round < Rounds; round++)
            {
                apiRuns.Add(await Wrk.RunAsync(apiUrl, apiHeaders, seconds));
                sqlRuns.Add(await Wrk.RunAsync(sqlUrl, [], seconds));
                load.Add(Wrk.LoadAverage());
            }
            var row = Row(context.Size, query, apiRuns, sqlRuns);
            Console.WriteLine(row);
            rows.AppendLine(row);
        }
        return rows.Append(CultureInfo.InvariantCulture, $"Load average (1 min) during the list runs: {string.Join(", ", load)}").ToString();
    }

    /// <summary>The province's unit with the most gifts this year among its first ten, so its page 2 is not empty.</summary>
    private static async Task<Guid> BusiestUnitAsync(DonationListSql sql, FundraisingScaleData.Tenant province, DateOnly from)
    {
        var (best, most) = (province.Units[0], -1L);
        foreach (var unit in province.Units.Take(10))
        {
            var page = await sql.PageAsync(new DonationListSql.Query(province.Id, null, null, unit, from, null, "date desc", 0, 1));
            if (page.TotalCount > most)
            {
                (best, most) = (unit, page.TotalCount);
            }
        }
        return best;
    }

    /// <summary>Each query one request at a time: its mean time through the API and the bare endpoint, and the API's EF commands.</summary>
    private static async Task ProfileAsync(List<Query> queries, ApiClient api, HttpClient sql, Guid tenantId)
    {
        const int requests = 20;
        using var profile = new CommandProfile();
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                (await sql.GetAsync($"/donations?tenantId={tenantId}&{query.Parameters}")).EnsureSuccessStatusCode();
            }
            var sqlMs = watch.Elapsed.TotalMilliseconds / requests;
            using (profile.Measure())
            {
                watch.Restart();
                for (var i = 0; i < requests; i++)
                {
                    (await api.GetAsync($"/api/app/donation?{query.Parameters}")).EnsureSuccessStatusCode();
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Profile of \"{query.Name}\", one request at a time: API {watch.Elapsed.TotalMilliseconds / requests:0.00} ms, SQL endpoint {sqlMs:0.00} ms; the API's EF commands per request:"));
            Console.WriteLine(profile.Report(requests));
            Console.WriteLine("    the slowest:\n" + profile.SlowestSql);
        }
    }

    /// <summary>The API's page and the SQL's must list the same ids in the same order, of the same total.</summary>
    private static async Task CheckAsync(Query query, ApiClient admin, HttpClient sql, Guid tenantId)
    {
        var fromApi = await admin.GetJsonAsync<JsonObject>($"/api/app/donation?{query.Parameters}");
        var response = await sql.GetAsync($"/donations?tenantId={tenantId}&{query.Parameters}");
        response.EnsureSuccessStatusCode();
        var fromSql = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        static (long Total, List<Guid> Ids, List<string?> Names) Of(JsonObject page) => (page["totalCount"]!.GetValue<long>(),
            page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList(),
            page["items"]!.AsArray().Select(i => $"{i!["fundName"]}|{i["donorName"]}").ToList<string?>());
        var (a, s) = (Of(fromApi), Of(fromSql));
        if (a.Total != s.Total || !a.Ids.SequenceEqual(s.Ids) || !a.Names.SequenceEqual(s.Names) || s.Ids.Count == 0)
        {
            throw new InvalidOperationException(
                $"The API's page of \"{query.Name}\" differs from the SQL's: total {a.Total} vs {s.Total}, ids\n" +
                $"{string.Join(", ", a.Ids)}\nvs\n{string.Join(", ", s.Ids)}");
        }
        Console.WriteLine($"\"{query.Name}\": API and SQL agree ({s.Ids.Count} of {s.Total}).");
    }

    /// <summary>Each figure the mean of the runs.</summary>
    private string Row(string size, Query query, List<Wrk.Result> api, List<Wrk.Result> sql)
    {
        var (apiRate, sqlRate) = (api.Average(r => r.RequestsPerSecond), sql.Average(r => r.RequestsPerSecond));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {size} | {query.Name} | {seconds} s × {Rounds} | " +
            $"{apiRate:0} | {sqlRate:0} | {(sqlRate > 0 ? $"{100 * apiRate / sqlRate:0} %" : "–")} | " +
            $"{api.Average(r => r.P50Ms):0.0} / {api.Average(r => r.P99Ms):0.0} ms | {sql.Average(r => r.P50Ms):0.0} / {sql.Average(r => r.P99Ms):0.0} ms |");
    }
}
