using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>Top donors and totals per kind of donor over a period: cancelled gifts left out, goods at their value, one tenant's only.</summary>
public abstract class DonorStatistics_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/donor-statistics";

    [Fact]
    public async Task Should_rank_donors_and_sum_each_kind_over_the_period()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var otherFund = await CreateFundAsync(admin, name: "Quỹ Khuyến học");
        var bank = await CreateDonorAsync(admin, "Ngân hàng TMCP Quân đội", "Business");
        var factory = await CreateDonorAsync(admin, "Công ty May 10", "Business");
        var teacher = await CreateDonorAsync(admin, "Cô Nguyễn Thị Thanh", "Individual", isAnonymous: true);
        var today = VietnamToday();
        var start = today.AddDays(-30);
        await DonateAsync(admin, fund, 50_000_000, today.AddDays(-40), bank); // before the period
        await DonateAsync(admin, fund, 20_000_000, today.AddDays(-5), bank);
        var cancelled = await DonateAsync(admin, fund, 90_000_000, today.AddDays(-3), factory);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{cancelled["id"]}/cancel", new { reason = "Ghi trùng" }, HttpStatusCode.OK);
        await DonateAsync(admin, fund, 15_000_000, today.AddDays(-2), factory);
        await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl, new
        {
            fundId = otherFund, donorId = teacher, date = today.AddDays(-1).ToString("yyyy-MM-dd"), kind = "InKind", description = "200 bộ sách giáo khoa", amount = 6_000_000,
        }, HttpStatusCode.OK);
        await DonateAsync(admin, fund, 1_000_000, today, donor: null);
        var strangersFund = await CreateFundAsync(stranger);
        await DonateAsync(stranger, strangersFund, 999_000_000, today, await CreateDonorAsync(stranger, "Tập đoàn ngoài", "Business"));

        var period = $"from={start:yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var top = (await admin.GetJsonAsync<JsonObject>($"{Url}/top?{period}&count=2"))["items"]!.AsArray();
        top.Select(t => (t!["name"]!.GetValue<string>(), t["amount"]!.GetValue<long>(), t["donations"]!.GetValue<int>()))
            .ShouldBe([("Ngân hàng TMCP Quân đội", 20_000_000L, 1), ("Công ty May 10", 15_000_000L, 1)]);
        var ofOtherFund = (await admin.GetJsonAsync<JsonObject>($"{Url}/top?{period}&fundId={otherFund}"))["items"]!.AsArray().Single()!;
        (ofOtherFund["donorId"]!.GetValue<Guid>(), ofOtherFund["isAnonymous"]!.GetValue<bool>(), ofOtherFund["amount"]!.GetValue<long>()).ShouldBe((teacher, true, 6_000_000L));

        var byKind = (await admin.GetJsonAsync<JsonObject>($"{Url}/by-kind?{period}"))["items"]!.AsArray()
            .ToDictionary(k => k!["kind"]!.GetValue<string>(), k => (k!["amount"]!.GetValue<long>(), k["donors"]!.GetValue<int>()));
        byKind.ShouldBe(new Dictionary<string, (long, int)>
        {
            ["Individual"] = (6_000_000, 1), ["Business"] = (35_000_000, 2), ["Organization"] = (0, 0), ["Agency"] = (0, 0),
        });
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Get, $"{Url}/top?count=1000", null, HttpStatusCode.BadRequest)).ShouldBe(["count"]);
        (await fixture.Anonymous().GetAsync($"{Url}/top")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DonorStatistics_Sqlite_Tests(SqliteAppFixture fixture) : DonorStatistics_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class DonorStatistics_MySql_Tests(MySqlAppFixture fixture) : DonorStatistics_Tests<MySqlAppFixture>(fixture);
