using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace Humanitarian.Bench;

/// <summary>
/// Gifts recorded at once into one fund: <paramref name="clients"/> parallel clients (the province's admin,
/// a bearer token each) POST donations dated today to a new fund of the largest province, as fast as the
/// API answers, after ten one at a time for a profile: <paramref name="donations"/> in all. Every gift moves
/// the fund's balance and takes the next receipt number under the fund's row lock (<c>FundLedger</c>), so
/// they queue on it. Afterwards the fund's receipts must be 1…N, each once, in the answers and in the
/// database, and its balance the sum of the gifts.
/// </summary>
public sealed class DonationRecordingBenchmark(DatabaseProvider provider, int donations, int clients)
{
    public async Task<string> RunAsync(FundraisingBenchmark.Context context)
    {
        var admin = context.Bearer;
        var fund = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/fund",
            new { code = "QBENCH", name = "Quỹ cứu trợ khẩn cấp" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var today = context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var token = admin.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var answers = new ConcurrentBag<(string Receipt, long Amount)>();
        await ProfileAsync(admin, fund, today, context.Province.Units[0], answers);
        var profiled = answers.Count;
        var next = profiled - 1;
        var load = Wrk.LoadAverage();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            using var client = new ApiClient(new HttpClient { BaseAddress = context.Api }, context.Province.Name);
            client.UseBearer(token);
            for (var i = Interlocked.Increment(ref next); i < donations; i = Interlocked.Increment(ref next))
            {
                var amount = 100_000L + i % 50 * 10_000;
                var body = await client.SendExpectingAsync(HttpMethod.Post, "/api/app/donation",
                    new { fundId = fund, date = today, amount, creditedUnitId = context.Province.Units[i % context.Province.Units.Count] },
                    HttpStatusCode.OK);
                answers.Add((body!["receiptNumber"]!.GetValue<string>(), amount));
            }
        }));
        watch.Stop();

        var expected = Enumerable.Range(1, donations).Select(n => $"{context.Today.Year:D4}/{n:D6}").ToList();
        Check("the answers' receipts", answers.Select(a => a.Receipt).Order(StringComparer.Ordinal).ToList(), expected);
        Check("the stored receipts", await StoredReceiptsAsync(context.ConnectionString, fund), expected);
        var balance = (await admin.GetJsonAsync<JsonObject>($"/api/app/fund/{fund}"))["balance"]!.GetValue<long>();
        var sum = answers.Sum(a => a.Amount);
        if (balance != sum)
        {
            throw new InvalidOperationException($"The fund's balance {balance} is not the sum of its {donations} gifts, {sum}.");
        }
        Console.WriteLine($"Receipts 1…{donations} each once; balance {balance} = the sum of the gifts.");
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {context.Size} | {donations - profiled} gifts, {clients} clients, one fund | " +
            $"{watch.Elapsed.TotalSeconds:0.0} s | {(donations - profiled) / watch.Elapsed.TotalSeconds:0} donations/s | gapless, unique, balance = sum | {load}–{Wrk.LoadAverage()} |");
    }

    /// <summary>Ten gifts one at a time (counted in the run's receipts): their mean time and the EF commands of each.</summary>
    private static async Task ProfileAsync(ApiClient admin, Guid fund, string today, Guid unit, ConcurrentBag<(string, long)> answers)
    {
        const int gifts = 10;
        using var profile = new CommandProfile();
        var watch = Stopwatch.StartNew();
        using (profile.Measure())
        {
            for (var i = 0; i < gifts; i++)
            {
                var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/donation",
                    new { fundId = fund, date = today, amount = 100_000L, creditedUnitId = unit }, HttpStatusCode.OK);
                answers.Add((body!["receiptNumber"]!.GetValue<string>(), 100_000L));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Recording one gift at a time: {watch.Elapsed.TotalMilliseconds / gifts:0.00} ms each; its EF commands:\n{profile.Report(gifts)}"));
    }

    private static void Check(string what, List<string> actual, List<string> expected)
    {
        if (!actual.SequenceEqual(expected))
        {
            var missing = expected.Except(actual).Take(10);
            var twice = actual.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key).Take(10);
            throw new InvalidOperationException(
                $"{what}: {actual.Count} for {expected.Count} gifts; missing {string.Join(", ", missing)}; twice {string.Join(", ", twice)}");
        }
    }

    private async Task<List<string>> StoredReceiptsAsync(string connectionString, Guid fund)
    {
        await using var connection = provider == DatabaseProvider.MySql
            ? (DbConnection)new MySqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ReceiptNumber FROM FndDonations WHERE FundId = @fund";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@fund";
        parameter.Value = provider == DatabaseProvider.Sqlite ? fund.ToString().ToUpperInvariant() : fund;
        command.Parameters.Add(parameter);
        var receipts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            receipts.Add(reader.GetString(0));
        }
        return receipts.Order(StringComparer.Ordinal).ToList();
    }
}
