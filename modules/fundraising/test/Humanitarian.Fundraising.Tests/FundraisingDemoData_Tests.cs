using System.Text.Json.Nodes;
using Humanitarian.Framework.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// Hà Nội's demo fund (source 000) shows the module to a newcomer: its 2018 and 2019 donations credited to
/// the 30 districts measure the campaign's "+20 % on 2018" target, for the city and for each district, and
/// its ledger, receipts, pledges and public statement agree with the seed file.
/// </summary>
public abstract class FundraisingDemoData_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_measure_ha_nois_growth_target_and_keep_the_fund_in_balance()
    {
        var seed = await ReadSeedAsync();
        using var admin = await fixture.SignInAsync("ha-noi", "admin");
        var fund = (await admin.GetJsonAsync<JsonObject>("/api/app/fund"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        var campaign = (await admin.GetJsonAsync<JsonObject>("/api/app/campaign"))["items"]!.AsArray().ShouldHaveSingleItem()!;

        var summary = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign["id"]}/summary");

        var given = Given(seed).ToList();
        long InYear(int year, string? unit = null) => given.Where(g => g.Date.Year == year && (unit is null || g.Unit == unit)).Sum(g => g.Amount);
        var growth = Math.Round((InYear(2019) - InYear(2018)) * 100m / InYear(2018), 1, MidpointRounding.AwayFromZero);
        var target = summary["targets"]!.AsArray().Single(t => t!["metric"]!.GetValue<string>() == "FundsRaisedGrowthPercent")!;
        target["actual"]!.GetValue<decimal>().ShouldBe(growth);
        var targetId = target["id"]!.GetValue<Guid>();
        var districtsMet = summary["units"]!.AsArray().Count(u => u!["targets"]!.AsArray()
            .Single(t => t!["targetId"]!.GetValue<Guid>() == targetId)!["value"]?.GetValue<decimal>() >= 20m);
        districtsMet.ShouldBe(18, "the seed makes 18 of the 30 districts grow by 20 % or more and 12 fall short");

        var spent = seed["disbursements"]!.AsArray().Sum(d => d!["amount"]!.GetValue<long>());
        fund["balance"]!.GetValue<long>().ShouldBe(given.Sum(g => g.Amount) - spent);
        var ledger = (await admin.GetJsonAsync<JsonObject>($"/api/app/fund/{fund["id"]}/ledger?maxResultCount=1000"))["items"]!.AsArray();
        ledger.Sum(e => e!["amount"]!.GetValue<long>()).ShouldBe(fund["balance"]!.GetValue<long>());
        var donations2019 = await admin.GetJsonAsync<JsonObject>("/api/app/donation?from=2019-01-01&to=2019-12-31&sorting=receiptNumber desc&maxResultCount=1");
        var count2019 = donations2019["totalCount"]!.GetValue<long>();
        donations2019["items"]![0]!["receiptNumber"]!.GetValue<string>().ShouldBe($"2019/{count2019:D6}", "numbered without gaps, a cancelled one included");
        (await admin.GetJsonAsync<JsonObject>("/api/app/pledge?isOverdue=true"))["totalCount"]!.GetValue<long>().ShouldBe(1);
        using var reader = fixture.Anonymous();
        var statement = await reader.GetJsonAsync<JsonObject>($"/api/public/transparency/ha-noi/funds/{fund["id"]}?year=2019");
        statement["totalReceived"]!.GetValue<long>().ShouldBe(InYear(2019));
    }

    private async Task<JsonNode> ReadSeedAsync()
    {
        var folder = fixture.Factory.Services.GetRequiredService<DemoSeedFiles>().FolderOf("ha-noi");
        return JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "fundraising.json")))!;
    }

    /// <summary>What the seed gave and did not cancel, in VND, with the district credited.</summary>
    private static IEnumerable<(DateOnly Date, long Amount, string? Unit)> Given(JsonNode seed)
    {
        foreach (var d in seed["donations"]!.AsArray().Where(d => d!["cancelReason"] is null))
        {
            var amount = d!["amount"]?.GetValue<long>()
                         ?? (long)Math.Round(d["foreignAmount"]!.GetValue<decimal>() * d["exchangeRate"]!.GetValue<decimal>(), MidpointRounding.AwayFromZero);
            yield return (DateOnly.Parse(d["date"]!.GetValue<string>()), amount, d["credited"]?.GetValue<string>());
        }
        foreach (var payment in seed["pledges"]!.AsArray().SelectMany(p => p!["paid"]!.AsArray()))
        {
            yield return (DateOnly.Parse(payment!["date"]!.GetValue<string>()), payment["amount"]!.GetValue<long>(), null);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class FundraisingDemoData_Sqlite_Tests(SqliteAppFixture fixture) : FundraisingDemoData_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class FundraisingDemoData_MySql_Tests(MySqlAppFixture fixture) : FundraisingDemoData_Tests<MySqlAppFixture>(fixture);
