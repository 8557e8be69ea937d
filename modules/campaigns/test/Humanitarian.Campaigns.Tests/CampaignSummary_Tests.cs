using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// The summary (tổng kết): targets met or not in total and per unit, each unit's reporting figures, kept
/// as it was on closing (once, even when two officials summarise at the same moment), and as Excel.
/// </summary>
public abstract class CampaignSummary_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_summarise_targets_per_unit_and_in_total_and_keep_it_once_the_campaign_is_closed()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var (a, b, c) = (await CreateUnitAsync(admin, "BD", "Quận Ba Đình", "RedCrossChapter"),
            await CreateUnitAsync(admin, "HK", "Quận Hoàn Kiếm", "RedCrossChapter"),
            await CreateUnitAsync(admin, "TT", "Huyện Thanh Trì", "RedCrossChapter"));
        var outsider = await CreateUnitAsync(admin, "VP", "Văn phòng Hội", "RedCrossChapter");
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Vận động ủng hộ Quỹ năm 2030", kind = "FundDrive", startDate = "2030-01-01", endDate = "2030-12-31",
            participantUnitIds = new[] { a, b, c },
        }))["id"]!.GetValue<Guid>();
        var conference = await CreateTargetAsync(admin, new
        {
            campaignId = campaign, name = "100% quận, huyện tổ chức hội nghị", metric = "UnitsWithActivityPercent", goal = 100,
            activityKind = "Conference",
        });
        var blood = await CreateTargetAsync(admin, new { campaignId = campaign, name = "Số đơn vị máu", metric = "Manual", goal = 100 });
        var growth = await CreateTargetAsync(admin, new { campaignId = campaign, name = "Tăng 20%", metric = "FundsRaisedGrowthPercent", goal = 20 });
        await CreateActivityAsync(admin, campaign, a, "Conference", "2030-03-01");
        await CreateActivityAsync(admin, campaign, b, "Conference", "2030-03-02");
        await CreateActivityAsync(admin, campaign, b, "BloodDrive", "2030-04-02");
        await SubmitAsync(admin, await CreateTaskAsync(admin, campaign, a, "2030-06-30"), blood, 60);
        await SubmitAsync(admin, await CreateTaskAsync(admin, campaign, b, "2030-06-30"), blood, 50);
        await CreateTaskAsync(admin, campaign, c, "2030-06-30");
        await CreateTaskAsync(admin, campaign, outsider, "2030-06-30");

        var live = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary");

        live["isFinal"]!.GetValue<bool>().ShouldBeFalse();
        var totals = live["targets"]!.AsArray();
        (totals[0]!["actual"]!.GetValue<decimal>(), totals[0]!["isMet"]!.GetValue<bool>()).ShouldBe((66.7m, false));
        (totals[1]!["actual"]!.GetValue<decimal>(), totals[1]!["isMet"]!.GetValue<bool>()).ShouldBe((110m, true));
        (totals[2]!["actual"], totals[2]!["isMet"]).ShouldBe((null, null), "no donations the year before: no growth to measure");
        live["tasks"]!["total"]!.GetValue<int>().ShouldBe(4);
        live["tasks"]!["submitted"]!.GetValue<int>().ShouldBe(2);
        var units = live["units"]!.AsArray().ToDictionary(u => u!["unitName"]!.GetValue<string>(), u => u!);
        units.Keys.ShouldBe(["Huyện Thanh Trì", "Quận Ba Đình", "Quận Hoàn Kiếm", "Văn phòng Hội"], ignoreOrder: true);
        Part(units["Quận Ba Đình"], conference).ShouldBe((100m, true));
        Part(units["Quận Hoàn Kiếm"], conference).ShouldBe((100m, true));
        Part(units["Huyện Thanh Trì"], conference).ShouldBe((0m, false), "a participant that held nothing fails the goal");
        Part(units["Văn phòng Hội"], conference).ShouldBe((null, null), "not a participant of the plan");
        Part(units["Quận Ba Đình"], blood).ShouldBe((60m, null), "a manual figure is summed, not met by each unit");
        Part(units["Huyện Thanh Trì"], blood).ShouldBe((0m, null));
        Part(units["Quận Ba Đình"], growth).ShouldBe((null, null), "nor for a district");
        units["Quận Hoàn Kiếm"]["activities"]!.GetValue<int>().ShouldBe(2);
        units["Quận Hoàn Kiếm"]["tasks"]!["submitted"]!.GetValue<int>().ShouldBe(1);
        units["Huyện Thanh Trì"]["tasks"]!["submitted"]!.GetValue<int>().ShouldBe(0);
        units["Văn phòng Hội"]["isParticipant"]!.GetValue<bool>().ShouldBeFalse();

        // Only a closed campaign is summarised.
        var open = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/campaign/{campaign}/summarise", null, HttpStatusCode.BadRequest);
        open!["error"]!["message"]!.GetValue<string>().ShouldContain("đã kết thúc");
        await CloseAsync(admin, campaign);
        var kept = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/campaign/{campaign}/summarise", null, HttpStatusCode.OK);

        kept!["isFinal"]!.GetValue<bool>().ShouldBeTrue();
        (await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}"))["status"]!.GetValue<string>().ShouldBe("Summarised");
        var read = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary");
        read["isFinal"]!.GetValue<bool>().ShouldBeTrue();
        read["summarisedTime"].ShouldNotBeNull();
        read["targets"]![1]!["actual"]!.GetValue<decimal>().ShouldBe(110m);
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/campaign/{campaign}/summarise", null, HttpStatusCode.BadRequest);

        var rows = await DownloadAsync(admin, $"/api/app/campaign/{campaign}/summary/export-excel");
        rows.Select(r => r["Đơn vị"]).ShouldBe(["Huyện Thanh Trì", "Quận Ba Đình", "Quận Hoàn Kiếm", "Văn phòng Hội", "Tổng cộng"]);
        var total = rows[^1];
        (total["Số nhiệm vụ"], total["Đã báo cáo"], total["Số hoạt động"]).ShouldBe((4d, 2d, 3d));
        (total["2. Số đơn vị máu (chỉ tiêu 100)"], total["2. Kết quả"]).ShouldBe((110d, "Đạt"));
        (rows[0]["1. 100% quận, huyện tổ chức hội nghị (chỉ tiêu 100)"], rows[0]["1. Kết quả"]).ShouldBe((0d, "Chưa đạt"));
    }

    [Fact]
    public async Task Should_keep_a_runs_figures_as_summarised_and_refuse_a_run_not_ended_or_summarised_twice_at_once()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2020-05-01", endDate = "2020-05-31", recurrence = "Yearly",
            participantUnitIds = new[] { unit },
        }))["id"]!.GetValue<Guid>();
        await CreateActivityAsync(admin, campaign, unit, "BloodDrive", "2020-05-10");

        var future = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/campaign/{campaign}/summarise?year=2099", null,
            HttpStatusCode.BadRequest);
        ValidationMembers(future).ShouldBe(["year"]);
        var both = await Task.WhenAll(
            admin.SendAsync(HttpMethod.Post, $"/api/app/campaign/{campaign}/summarise?year=2020", null),
            admin.SendAsync(HttpMethod.Post, $"/api/app/campaign/{campaign}/summarise?year=2020", null));
        both.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.BadRequest]);

        // A late activity of the run changes the figures measured now, not the summary kept.
        await CreateActivityAsync(admin, campaign, unit, "Conference", "2020-05-20");
        var kept = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary?year=2020");
        kept["isFinal"]!.GetValue<bool>().ShouldBeTrue();
        kept["units"]![0]!["activities"]!.GetValue<int>().ShouldBe(1);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}"))["status"]!.GetValue<string>().ShouldBe("Active",
            "a recurring campaign runs on");
        var nextRun = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary?year=2021");
        nextRun["isFinal"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_not_show_or_summarise_another_tenants_campaign()
    {
        using var owner = await NewTenantAdminAsync(fixture);
        using var other = await NewTenantAdminAsync(fixture);
        var campaign = (await CreateCampaignAsync(owner, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2020-05-01", endDate = "2020-05-31", recurrence = "Yearly",
        }))["id"]!.GetValue<Guid>();

        await other.SendExpectingAsync(HttpMethod.Get, $"/api/app/campaign/{campaign}/summary?year=2020", null, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Get, $"/api/app/campaign/{campaign}/summary/export-excel?year=2020", null, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Post, $"/api/app/campaign/{campaign}/summarise?year=2020", null, HttpStatusCode.NotFound);
        (await owner.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary?year=2020"))["isFinal"]!.GetValue<bool>().ShouldBeFalse();
    }

    private static (decimal? Value, bool? IsMet) Part(JsonNode unit, Guid targetId)
    {
        var part = unit["targets"]!.AsArray().Single(t => t!["targetId"]!.GetValue<Guid>() == targetId)!;
        return (part["value"]?.GetValue<decimal>(), part["isMet"]?.GetValue<bool>());
    }

    private static async Task<Guid> CreateTargetAsync(ApiClient admin, object target) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target", target, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task SubmitAsync(ApiClient client, Guid task, Guid target, decimal value) =>
        await client.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/submit",
            new { note = "Báo cáo", figures = new[] { new { targetId = target, value } } }, HttpStatusCode.OK);

    private static async Task CloseAsync(ApiClient admin, Guid campaign)
    {
        var current = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}");
        current["status"] = "Closed";
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/campaign/{campaign}", current, HttpStatusCode.OK);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CampaignSummary_Sqlite_Tests(SqliteAppFixture fixture) : CampaignSummary_Tests<SqliteAppFixture>(fixture);

// On both databases: the per-unit grouping, decimal figures, and the unique index that keeps one summary per run.
[Collection(Collections.MySql)]
public sealed class CampaignSummary_MySql_Tests(MySqlAppFixture fixture) : CampaignSummary_Tests<MySqlAppFixture>(fixture);
