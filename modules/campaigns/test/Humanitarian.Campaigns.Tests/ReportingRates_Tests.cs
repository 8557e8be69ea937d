using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// A parent tenant's view of its children's campaigns: each child's reporting rate over its whole
/// subtree, counts only; the host sees each province. A three-level tree: province → districts → commune.
/// </summary>
public abstract class ReportingRates_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_roll_reporting_rates_up_the_tree_as_counts_per_child()
    {
        var province = await CreateTenantAsync(fixture);
        var vinhLinh = await CreateTenantAsync(fixture, province.Id);
        var gioLinh = await CreateTenantAsync(fixture, province.Id);
        var commune = await CreateTenantAsync(fixture, vinhLinh.Id, "Commune");
        // Relative to today in Vietnam, so one task is overdue and one still due whenever this runs; the
        // rates are asked for every year those days fall in.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        var years = new[] { today.AddDays(-3).Year, today.AddDays(3).Year }.Distinct().ToList();

        await WithTasksAsync(province, (overdue: 1, onTime: 0, Day));
        await WithTasksAsync(vinhLinh, (overdue: 1, onTime: 1, Day));
        await WithTasksAsync(commune, (overdue: 1, onTime: 0, Day));
        await WithTasksAsync(gioLinh, (overdue: 0, onTime: 2, Day));

        using var provinceAdmin = await SignInAdminAsync(fixture, province);
        var rates = await RatesAsync(provinceAdmin, years);
        rates.Keys.ShouldBe([vinhLinh.Id, gioLinh.Id], ignoreOrder: true);
        rates[vinhLinh.Id].ShouldBe((Total: 3, Submitted: 1, OnTime: 1, Overdue: 2));
        rates[gioLinh.Id].ShouldBe((Total: 2, Submitted: 2, OnTime: 2, Overdue: 0));

        // A district sees its own children only: the commune, not its sibling district.
        using var vinhLinhAdmin = await SignInAdminAsync(fixture, vinhLinh);
        (await RatesAsync(vinhLinhAdmin, years)).ShouldBe(new Dictionary<Guid, (int, int, int, int)> { [commune.Id] = (1, 0, 0, 1) });

        // The host sees each province over its whole tree, the province's own tasks included.
        using var host = await fixture.SignInAsync(null, "admin");
        (await RatesAsync(host, years))[province.Id].ShouldBe((Total: 6, Submitted: 3, OnTime: 3, Overdue: 3));
    }

    /// <summary>A one-off campaign of the tenant with overdue tasks (open, due 3 days ago) and tasks reported on time.</summary>
    private async Task WithTasksAsync(TestTenant tenant, (int overdue, int onTime, Func<int, string> day) tasks)
    {
        using var admin = await SignInAdminAsync(fixture, tenant);
        var unit = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ", "RedCrossChapter");
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = tasks.day(-10), endDate = tasks.day(10),
        }))["id"]!.GetValue<Guid>();
        for (var i = 0; i < tasks.overdue; i++)
        {
            await CreateTaskAsync(admin, campaign, unit, tasks.day(-3));
        }
        for (var i = 0; i < tasks.onTime; i++)
        {
            var task = await CreateTaskAsync(admin, campaign, unit, tasks.day(3));
            await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/submit", new { note = "Đã hoàn thành" }, HttpStatusCode.OK);
        }
    }

    private static async Task<Dictionary<Guid, (int Total, int Submitted, int OnTime, int Overdue)>> RatesAsync(ApiClient client, List<int> years)
    {
        var sums = new Dictionary<Guid, (int Total, int Submitted, int OnTime, int Overdue)>();
        foreach (var year in years)
        {
            var body = await client.GetJsonAsync<JsonObject>($"/api/app/campaign/reporting-rates?year={year}&kind=HumanitarianMonth");
            foreach (var item in body["items"]!.AsArray())
            {
                var tasks = item!["tasks"]!;
                var id = item["tenantId"]!.GetValue<Guid>();
                var (total, submitted, onTime, overdue) = sums.GetValueOrDefault(id);
                sums[id] = (total + tasks["total"]!.GetValue<int>(), submitted + tasks["submitted"]!.GetValue<int>(),
                    onTime + tasks["onTime"]!.GetValue<int>(), overdue + tasks["overdue"]!.GetValue<int>());
            }
        }
        return sums;
    }
}

[Collection(Collections.Sqlite)]
public sealed class ReportingRates_Sqlite_Tests(SqliteAppFixture fixture) : ReportingRates_Tests<SqliteAppFixture>(fixture);

// On both databases: grouped counts over several tenants with the tenant filter lifted.
[Collection(Collections.MySql)]
public sealed class ReportingRates_MySql_Tests(MySqlAppFixture fixture) : ReportingRates_Tests<MySqlAppFixture>(fixture);
