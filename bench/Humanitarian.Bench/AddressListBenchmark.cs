using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Bench;

/// <summary>
/// The paged, filtered address list at national scale: <c>GET /api/app/humanitarian-address</c> on the real
/// app (Kestrel, a bearer token of the province's admin from <c>/connect/token</c>) against a bare endpoint
/// on hand-written SQL (<see cref="AddressListSql"/>) in the same process, each driven by <c>wrk</c>
/// (2 threads, 4 connections) for the same queries of one province. The pages must agree before timing.
/// </summary>
public sealed class AddressListBenchmark(DatabaseProvider provider, int addresses, int seconds)
{
    private const int Provinces = 34;
    private const int PageSize = 20;
    private const int Rounds = 2;
    private const int WarmUpSeconds = 3;

    private sealed record Query(string Name, string Parameters);

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

        using var host = await ApiClient.SignInAsync(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = api, AllowAutoRedirect = false, HandleCookies = true,
        }), null, "admin", HumanitarianWebFactory.DemoPassword);
        var seeding = Stopwatch.StartNew();
        var provinces = await AddressListData.SeedAsync(factory, host, Provinces, addresses);
        seeding.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {Provinces} provinces, {provinces.Sum(p => p.Communes.Count)} communes, {addresses} addresses in {seeding.Elapsed.TotalSeconds:0} s"));

        var province = provinces[0];
        using var admin = await ApiClient.SignInWithTokenAsync(new HttpClient { BaseAddress = api }, province.Name, "admin",
            HumanitarianWebFactory.DemoPassword);
        var token = admin.Http.DefaultRequestHeaders.Authorization!.Parameter!;

        string connectionString;
        using (var scope = factory.Services.CreateScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Database.GetConnectionString()!;
        }
        await using var sql = new AddressListSql(provider, connectionString);
        await sql.StartAsync(LoopbackPort.Free());

        var commune = await BusiestCommuneAsync(sql, province);
        var queries = new List<Query>
        {
            new("first page by name", $"sorting=name&skipCount=0&maxResultCount={PageSize}"),
            new("Supported, LonelyElderly, one commune", $"status=Supported&category=LonelyElderly&communeId={commune}&maxResultCount={PageSize}"),
            new("filter \"nguyen van\", page 3", $"filter=nguyen%20van&skipCount={2 * PageSize}&maxResultCount={PageSize}"),
        };
        using var sqlClient = new HttpClient { BaseAddress = sql.BaseAddress };
        foreach (var query in queries)
        {
            await CheckAsync(query, admin, sqlClient, province.Id);
        }
        // The same first page for someone who may not see sensitive data (no national IDs to decrypt, no reads to audit).
        using var head = await CommitteeHeadAsync(factory, api, province.Name);
        var headQueries = queries.Take(2).Select(q => q with { Name = q.Name + ", as committee head" }).ToList();
        foreach (var query in headQueries)
        {
            await CheckAsync(query, head, sqlClient, province.Id);
        }

        var timed = queries.Select(q => (Query: q, Token: token)).Concat(headQueries.Select(q => (Query: q, Token: HeadToken(head)))).ToList();
        await ProfileAsync(timed.Select(t => (t.Query, headQueries.Contains(t.Query) ? head : admin)).ToList(), sqlClient, province.Id);

        var load = new List<string> { Wrk.LoadAverage() };
        var rows = new StringBuilder();
        foreach (var (query, bearer) in timed)
        {
            var apiUrl = $"{api}api/app/humanitarian-address?{query.Parameters}";
            var sqlUrl = $"{sql.BaseAddress}addresses?tenantId={province.Id}&{query.Parameters}";
            string[] apiHeaders = [$"Authorization: Bearer {bearer}", $"__tenant: {province.Name}"];
            await Wrk.RunAsync(apiUrl, apiHeaders, WarmUpSeconds);
            await Wrk.RunAsync(sqlUrl, [], WarmUpSeconds);
            var (apiRuns, sqlRuns) = (new List<Wrk.Result>(), new List<Wrk.Result>());
            for (var round = 0; round < Rounds; round++)
            {
                apiRuns.Add(await Wrk.RunAsync(apiUrl, apiHeaders, seconds));
                sqlRuns.Add(await Wrk.RunAsync(sqlUrl, [], seconds));
                load.Add(Wrk.LoadAverage());
            }
            var row = Row(query, apiRuns, sqlRuns);
            Console.WriteLine(row);
            rows.AppendLine(row);
        }
        return rows.Append(CultureInfo.InvariantCulture, $"Load average (1 min) during the runs: {string.Join(", ", load)}").ToString();
    }

    /// <summary>
    /// Where a request's time goes: each query sent one at a time, its mean time through the API and through
    /// the bare SQL endpoint, and the EF commands the API sent per request (kind, count, time in the database).
    /// </summary>
    private static async Task ProfileAsync(List<(Query Query, ApiClient Client)> queries, HttpClient sql, Guid tenantId)
    {
        const int requests = 20;
        using var profile = new CommandProfile();
        foreach (var (query, client) in queries)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                (await sql.GetAsync($"/addresses?tenantId={tenantId}&{query.Parameters}")).EnsureSuccessStatusCode();
            }
            var sqlMs = watch.Elapsed.TotalMilliseconds / requests;
            using (profile.Measure())
            {
                watch.Restart();
                for (var i = 0; i < requests; i++)
                {
                    (await client.GetAsync($"/api/app/humanitarian-address?{query.Parameters}")).EnsureSuccessStatusCode();
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Profile of \"{query.Name}\", one request at a time: API {watch.Elapsed.TotalMilliseconds / requests:0.00} ms, SQL endpoint {sqlMs:0.00} ms; the API's EF commands per request:"));
            Console.WriteLine(profile.Report(requests));
            Console.WriteLine("    the slowest:\n" + profile.SlowestSql);
        }
    }

    private static async Task<ApiClient> CommitteeHeadAsync(HumanitarianWebFactory factory, Uri api, string tenantName)
    {
        using var admin = await ApiClient.SignInAsync(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = api, AllowAutoRedirect = false, HandleCookies = true,
        }), tenantName, "admin", HumanitarianWebFactory.DemoPassword);
        await TenantTestData.CreateUserAsync(admin, "bench-head", null, "committee-head");
        return await ApiClient.SignInWithTokenAsync(new HttpClient { BaseAddress = api }, tenantName, "bench-head", TestTenant.AdminPassword);
    }

    private static string HeadToken(ApiClient head) => head.Http.DefaultRequestHeaders.Authorization!.Parameter!;

    /// <summary>The province's commune with the most supported lonely elderly, so the filtered page is not empty.</summary>
    private static async Task<Guid> BusiestCommuneAsync(AddressListSql sql, AddressListData.Province province)
    {
        var (best, most) = (province.Communes[0], -1L);
        foreach (var commune in province.Communes.Take(10))
        {
            var page = await sql.PageAsync(province.Id, null, "Supported", "LonelyElderly", commune, 0, 1);
            if (page.TotalCount > most)
            {
                (best, most) = (commune, page.TotalCount);
            }
        }
        return best;
    }

    /// <summary>The API's page and the SQL's must list the same ids in the same order, of the same total.</summary>
    private static async Task CheckAsync(Query query, ApiClient admin, HttpClient sql, Guid tenantId)
    {
        var fromApi = await admin.GetJsonAsync<JsonObject>($"/api/app/humanitarian-address?{query.Parameters}");
        var response = await sql.GetAsync($"/addresses?tenantId={tenantId}&{query.Parameters}");
        response.EnsureSuccessStatusCode();
        var fromSql = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        static (long Total, List<Guid> Ids) Of(JsonObject page) =>
            (page["totalCount"]!.GetValue<long>(), page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList());
        var (a, s) = (Of(fromApi), Of(fromSql));
        if (a.Total != s.Total || !a.Ids.SequenceEqual(s.Ids) || s.Ids.Count == 0)
        {
            throw new InvalidOperationException(
                $"The API's page of \"{query.Name}\" differs from the SQL's: total {a.Total} vs {s.Total}, ids\n" +
                $"{string.Join(", ", a.Ids)}\nvs\n{string.Join(", ", s.Ids)}");
        }
        Console.WriteLine($"\"{query.Name}\": API and SQL agree ({s.Ids.Count} of {s.Total}).");
    }

    /// <summary>Each figure the mean of the runs.</summary>
    private string Row(Query query, List<Wrk.Result> api, List<Wrk.Result> sql)
    {
        var (apiRate, sqlRate) = (api.Average(r => r.RequestsPerSecond), sql.Average(r => r.RequestsPerSecond));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {addresses} addresses | {query.Name} | {seconds} s × {Rounds} | " +
            $"{apiRate:0} | {sqlRate:0} | {100 * apiRate / sqlRate:0} % | " +
            $"{api.Average(r => r.P50Ms):0.0} / {api.Average(r => r.P99Ms):0.0} ms | {sql.Average(r => r.P50Ms):0.0} / {sql.Average(r => r.P99Ms):0.0} ms |");
    }
}
