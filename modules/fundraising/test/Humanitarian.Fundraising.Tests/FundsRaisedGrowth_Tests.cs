using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// The "+20 % over the year before" target measured from donations: the tenant's growth counts each
/// donation once, a district's counts what it mobilised whatever fund received it, cancelled gifts count for nothing.
/// </summary>
public abstract class FundsRaisedGrowth_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_measure_growth_for_the_tenant_and_for_each_district_from_the_donations_credited_to_it()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var (hoanKiem, baDinh) = (await CreateUnitAsync(admin, "HK", "Hội Chữ thập đỏ quận Hoàn Kiếm", "RedCrossChapter"),
            await CreateUnitAsync(admin, "BD", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter"));
        var cityFund = await CreateFundAsync(admin);
        var districtFund = await CreateFundAsync(admin, name: "Quỹ Nhân đạo quận");
        var campaign = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign", new
        {
            name = "Vận động Quỹ phòng, chống dịch 2025", kind = "FundDrive", startDate = "2025-01-01", endDate = "2025-12-31",
            participantUnitIds = new[] { hoanKiem, baDinh },
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var target = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target",
            new { campaignId = campaign, name = "Số quỹ vận động tăng 20% so với năm trước", metric = "FundsRaisedGrowthPercent", goal = 20 },
            HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        async Task<JsonNode> GiveAsync(Guid fund, long amount, string date, Guid? credited) => (await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
            new { fundId = fund, date, amount, creditedUnitId = credited }, HttpStatusCode.OK))!;
        await GiveAsync(cityFund, 10_000_000, "2024-04-01", hoanKiem);
        await GiveAsync(cityFund, 5_000_000, "2024-05-01", baDinh);
        await GiveAsync(cityFund, 1_000_000, "2024-06-01", null);
        await GiveAsync(cityFund, 7_500_000, "2025-04-01", hoanKiem);
        await GiveAsync(districtFund, 5_000_000, "2025-04-02", hoanKiem);
        await GiveAsync(cityFund, 5_500_000, "2025-05-01", baDinh);
        await GiveAsync(cityFund, 1_000_000, "2025-06-01", null);
        var cancelled = await GiveAsync(cityFund, 9_000_000, "2025-07-01", baDinh);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{cancelled["id"]}/cancel", new { reason = "Séc không thanh toán được" }, HttpStatusCode.OK);
        await GiveAsync(cityFund, 50_000_000, "2026-01-05", hoanKiem);

        var summary = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary");

        // 2025: 7.5 + 5 + 5.5 + 1 = 19 million against 16 million in 2024.
        summary["targets"]!.AsArray().Single(t => t!["id"]!.GetValue<Guid>() == target)!["actual"]!.GetValue<decimal>().ShouldBe(18.8m);
        var units = summary["units"]!.AsArray().ToDictionary(u => u!["unitId"]!.GetValue<Guid>(), u => u!);
        (Part(units[hoanKiem], target), Part(units[baDinh], target)).ShouldBe((25m, 10m), "12.5 million against 10; 5.5 against 5");
    }

    private static decimal? Part(JsonNode unit, Guid targetId) =>
        unit["targets"]!.AsArray().Single(t => t!["targetId"]!.GetValue<Guid>() == targetId)!["value"]?.GetValue<decimal>();
}

[Collection(Collections.Sqlite)]
public sealed class FundsRaisedGrowth_Sqlite_Tests(SqliteAppFixture fixture) : FundsRaisedGrowth_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class FundsRaisedGrowth_MySql_Tests(MySqlAppFixture fixture) : FundsRaisedGrowth_Tests<MySqlAppFixture>(fixture);
