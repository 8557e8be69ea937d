using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static Humanitarian.Campaigns.Tests.CampaignTestData;
using static Humanitarian.TestBase.AttachmentFiles;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// The campaign, task and activity lists and the children's reporting rates as .xlsx files with Vietnamese
/// headers, filtered like the lists, a unit officer's scope and the tenant tree kept.
/// </summary>
public abstract class CampaignExcelExport_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_export_the_campaigns_and_only_the_officers_own_tasks()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var vinhLinh = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var gioLinh = await CreateUnitAsync(admin, "GL", "Hội Chữ thập đỏ huyện Gio Linh", "RedCrossChapter");
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2030-05-01", endDate = "2030-05-31", recurrence = "Yearly",
            theme = "Hành trình nhân đạo – Trao nhận yêu thương", participantUnitIds = new[] { vinhLinh, gioLinh },
        }))["id"]!.GetValue<Guid>();
        await CreateCampaignAsync(admin, new { name = "Tết Nhân ái", kind = "TetNhanAi", startDate = "2030-01-20", endDate = "2030-02-02" });
        await CreateTaskAsync(admin, campaign, vinhLinh, "2030-06-10", "Báo cáo kết quả Tháng Nhân đạo");
        await CreateTaskAsync(admin, campaign, gioLinh, "2030-06-10", "Báo cáo kết quả Tháng Nhân đạo");
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", vinhLinh);

        // Through the lists' "Xuất Excel" buttons, which carry the lists' filters.
        var campaigns = await DownloadAsync(admin, await ExportLinkAsync(admin, "/Campaigns?kind=HumanitarianMonth", "campaigns"));
        var tasks = await DownloadAsync(officer, await ExportLinkAsync(officer, "/Campaigns/Tasks", "tasks"));

        var month = campaigns.ShouldHaveSingleItem();
        month["Tên"].ShouldBe("Tháng Nhân đạo");
        month["Trạng thái"].ShouldBe("Đang triển khai");
        month["Chủ đề"].ShouldBe("Hành trình nhân đạo – Trao nhận yêu thương");
        month["Số đơn vị tham gia"].ShouldBe(2d);
        var task = tasks.ShouldHaveSingleItem();
        task["Đơn vị"].ShouldBe("Hội Chữ thập đỏ huyện Vĩnh Linh");
        task["Trạng thái"].ShouldBe("Chưa nộp");
        task["Hạn hoàn thành"].ShouldBe(new DateTime(2030, 6, 10));
    }

    private static async Task<string> ExportLinkAsync(ApiClient client, string page, string export)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var link = Regex.Match(html, $"href=\"([^\"]+)\" data-export=\"{export}\"");
        link.Success.ShouldBeTrue($"no export button on {page}");
        return WebUtility.HtmlDecode(link.Groups[1].Value);
    }

    [Fact]
    public async Task Should_export_the_activities_with_the_lists_filters_in_the_callers_scope()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var vinhLinh = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var gioLinh = await CreateUnitAsync(admin, "GL", "Hội Chữ thập đỏ huyện Gio Linh", "RedCrossChapter");
        var month = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2030-05-01", endDate = "2030-05-31", recurrence = "Yearly",
            participantUnitIds = new[] { vinhLinh, gioLinh },
        }))["id"]!.GetValue<Guid>();
        var tet = (await CreateCampaignAsync(admin, new { name = "Tết Nhân ái", kind = "TetNhanAi", startDate = "2030-01-20", endDate = "2030-02-02" }))
            ["id"]!.GetValue<Guid>();
        // The 2031 run of the yearly campaign, with its minutes attached; a gift drive whose sum passes int's range; a one-off campaign's fair.
        var conference = await CreateActivityAsync(admin, month, vinhLinh, "Conference", "2031-05-05");
        await UploadExpectingAsync(admin, $"/api/app/campaign-activity/{conference}/attachment", "Biên bản hội nghị.pdf", Pdf, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-activity", new
        {
            campaignId = month, unitId = gioLinh, kind = "GiftGiving", date = "2030-05-10", title = "Trao quà cho hộ nghèo", amountRaised = 3_500_000_000L,
        }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-activity",
            new { campaignId = tet, unitId = vinhLinh, kind = "CharityFair", date = "2030-01-25", title = "Phiên chợ nhân đạo" }, HttpStatusCode.OK);

        var ofMonth = await DownloadAsync(admin, $"/api/app/campaign-activity/export-excel?campaignId={month}");

        ofMonth[0].Keys.ShouldBe(["Cuộc vận động", "Năm", "Ngày", "Loại hoạt động", "Hoạt động", "Địa điểm", "Đơn vị", "Số người tham gia",
            "Tiền, hàng vận động được (đồng)", "Số tệp đính kèm"]);
        ofMonth.Select(r => r["Hoạt động"]).ShouldBe(["Hội nghị triển khai", "Trao quà cho hộ nghèo"]); // the list's order: latest first
        var held = ofMonth[0];
        held["Cuộc vận động"].ShouldBe("Tháng Nhân đạo");
        held["Năm"].ShouldBe(2031d);
        held["Ngày"].ShouldBe(new DateTime(2031, 5, 5));
        held["Loại hoạt động"].ShouldBe("Hội nghị");
        held["Địa điểm"].ShouldBe("Hội trường UBND");
        held["Đơn vị"].ShouldBe("Hội Chữ thập đỏ huyện Vĩnh Linh");
        held["Số người tham gia"].ShouldBe(120d);
        held["Tiền, hàng vận động được (đồng)"].ShouldBeNull();
        held["Số tệp đính kèm"].ShouldBe(1d);
        var gifts = ofMonth[1];
        gifts["Năm"].ShouldBe(2030d);
        gifts["Loại hoạt động"].ShouldBe("Trao quà");
        gifts["Đơn vị"].ShouldBe("Hội Chữ thập đỏ huyện Gio Linh");
        gifts["Tiền, hàng vận động được (đồng)"].ShouldBe(3_500_000_000d);
        gifts["Số tệp đính kèm"].ShouldBe(0d);

        // Every campaign's activities without a filter; a one-off campaign's have no run year. The list's other filters narrow them.
        var every = await DownloadAsync(admin, "/api/app/campaign-activity/export-excel");
        every.Select(r => r["Hoạt động"]).ShouldBe(["Hội nghị triển khai", "Trao quà cho hộ nghèo", "Phiên chợ nhân đạo"]);
        var fair = every[2];
        fair["Cuộc vận động"].ShouldBe("Tết Nhân ái");
        fair["Năm"].ShouldBeNull();
        (await DownloadAsync(admin, "/api/app/campaign-activity/export-excel?kind=CharityFair")).ShouldHaveSingleItem()["Hoạt động"].ShouldBe("Phiên chợ nhân đạo");
        (await DownloadAsync(admin, "/api/app/campaign-activity/export-excel?filter=trao qua")).ShouldHaveSingleItem()["Hoạt động"].ShouldBe("Trao quà cho hộ nghèo");
        (await DownloadAsync(admin, $"/api/app/campaign-activity/export-excel?unitId={vinhLinh}&campaignId={month}")).ShouldHaveSingleItem()["Hoạt động"]
            .ShouldBe("Hội nghị triển khai");

        // A unit officer gets their own units' activities only; a viewer may not read activities; another tenant sees none of them.
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", gioLinh);
        (await DownloadAsync(officer, "/api/app/campaign-activity/export-excel")).ShouldHaveSingleItem()["Hoạt động"].ShouldBe("Trao quà cho hộ nghèo");
        using var viewer = await SignInAsAsync(fixture, tenant, admin, "viewer");
        (await viewer.GetAsync("/api/app/campaign-activity/export-excel")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var otherTenant = await NewTenantAdminAsync(fixture);
        (await DownloadAsync(otherTenant, $"/api/app/campaign-activity/export-excel?campaignId={month}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_export_the_childrens_reporting_rates_as_the_endpoint_counts_them_with_their_total()
    {
        var province = await CreateTenantAsync(fixture);
        var vinhLinh = await CreateTenantAsync(fixture, province.Id, displayName: "Huyện Vĩnh Linh " + UniqueName());
        var gioLinh = await CreateTenantAsync(fixture, province.Id, displayName: "Huyện Gio Linh " + UniqueName());
        var commune = await CreateTenantAsync(fixture, vinhLinh.Id, "Commune");
        // Relative to today in Vietnam, so a task is overdue and one reported on time whenever this runs; the
        // sheets are asked for every year those days fall in and summed.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var years = new[] { today.AddDays(-3).Year, today.AddDays(3).Year }.Distinct().ToList();
        await WithTasksAsync(vinhLinh, today, ("HumanitarianMonth", Overdue: 1, OnTime: 1));
        await WithTasksAsync(commune, today, ("HumanitarianMonth", Overdue: 1, OnTime: 0));
        await WithTasksAsync(gioLinh, today, ("HumanitarianMonth", Overdue: 0, OnTime: 2), ("TetNhanAi", Overdue: 1, OnTime: 0));
        using var provinceAdmin = await SignInAdminAsync(fixture, province);

        var all = await RatesAsync(provinceAdmin, years, "");

        all.Headers.ShouldBe(["Địa phương cấp dưới", "Phải báo cáo", "Đã báo cáo", "Đúng hạn", "Quá hạn"]);
        all.Rows.Keys.ShouldBe([gioLinh.DisplayName, vinhLinh.DisplayName, "Tổng cộng"]); // the page's order, the total last
        all.Rows[vinhLinh.DisplayName].ShouldBe((3, 1, 1, 2)); // with its commune's
        all.Rows[gioLinh.DisplayName].ShouldBe((3, 2, 2, 1));
        all.Rows["Tổng cộng"].ShouldBe((6, 3, 3, 3));
        var tet = await RatesAsync(provinceAdmin, years, "&kind=TetNhanAi");
        tet.Rows[gioLinh.DisplayName].ShouldBe((1, 0, 0, 1));
        tet.Rows["Tổng cộng"].ShouldBe((1, 0, 0, 1));

        // A district sees its own children only, not its sibling; a role without the campaigns' permission gets nothing.
        using var vinhLinhAdmin = await SignInAdminAsync(fixture, vinhLinh);
        (await RatesAsync(vinhLinhAdmin, years, "")).Rows.Keys.ShouldBe([commune.DisplayName, "Tổng cộng"]);
        var bare = UniqueName("bare");
        await provinceAdmin.SendExpectingAsync(HttpMethod.Post, "/api/identity/roles", new { name = bare }, HttpStatusCode.OK);
        using var stranger = await SignInAsAsync(fixture, province, provinceAdmin, bare);
        (await stranger.GetAsync($"/api/app/campaign/reporting-rates/export-excel?year={years[0]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// The sheets of each year summed by row name, after checking each against the JSON endpoint's figures for
    /// the same input and its last row against the sum of the others.
    /// </summary>
    private static async Task<(IReadOnlyList<string> Headers, Dictionary<string, (int, int, int, int)> Rows)> RatesAsync(
        ApiClient client, List<int> years, string kind)
    {
        IReadOnlyList<string> headers = [];
        var sums = new Dictionary<string, (int, int, int, int)>();
        foreach (var year in years)
        {
            var sheet = await DownloadAsync(client, $"/api/app/campaign/reporting-rates/export-excel?year={year}{kind}");
            headers = sheet[0].Keys.ToList();
            var rows = sheet.Select(r => (Name: (string)r["Địa phương cấp dưới"]!, Figures: (Figure(r["Phải báo cáo"]), Figure(r["Đã báo cáo"]),
                Figure(r["Đúng hạn"]), Figure(r["Quá hạn"])))).ToList();
            var json = (await client.GetJsonAsync<JsonObject>($"/api/app/campaign/reporting-rates?year={year}{kind}"))["items"]!.AsArray()
                .ToDictionary(i => i!["tenantName"]!.GetValue<string>(), i => (Figure(i!["tasks"]!["total"]), Figure(i["tasks"]!["submitted"]),
                    Figure(i["tasks"]!["onTime"]), Figure(i["tasks"]!["overdue"])));
            rows[..^1].ToDictionary(r => r.Name, r => r.Figures).ShouldBe(json, ignoreOrder: true);
            rows[^1].ShouldBe(("Tổng cộng", (json.Values.Sum(v => v.Item1), json.Values.Sum(v => v.Item2), json.Values.Sum(v => v.Item3),
                json.Values.Sum(v => v.Item4))));
            foreach (var (name, (total, submitted, onTime, overdue)) in rows)
            {
                var (t, s, o, d) = sums.GetValueOrDefault(name);
                sums[name] = (t + total, s + submitted, o + onTime, d + overdue);
            }
        }
        return (headers, sums);
    }

    private static int Figure(object? cell) => cell switch
    {
        double number => (int)number,
        JsonNode node => node.GetValue<int>(),
        _ => throw new InvalidOperationException($"Not a figure: {cell}"),
    };

    /// <summary>For each kind, a one-off campaign of the tenant with overdue tasks (open, due 3 days ago) and tasks reported on time.</summary>
    private async Task WithTasksAsync(TestTenant tenant, DateOnly today, params (string Kind, int Overdue, int OnTime)[] campaigns)
    {
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        using var admin = await SignInAdminAsync(fixture, tenant);
        var unit = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ", "RedCrossChapter");
        foreach (var (kind, overdue, onTime) in campaigns)
        {
            var campaign = (await CreateCampaignAsync(admin, new { name = "Cuộc vận động " + kind, kind, startDate = Day(-10), endDate = Day(10) }))
                ["id"]!.GetValue<Guid>();
            for (var i = 0; i < overdue; i++)
            {
                await CreateTaskAsync(admin, campaign, unit, Day(-3));
            }
            for (var i = 0; i < onTime; i++)
            {
                var task = await CreateTaskAsync(admin, campaign, unit, Day(3));
                await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/submit", new { note = "Đã hoàn thành" }, HttpStatusCode.OK);
            }
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class CampaignExcelExport_Sqlite_Tests(SqliteAppFixture fixture) : CampaignExcelExport_Tests<SqliteAppFixture>(fixture);

// On both databases: the roll-up lifts the tenant filter over several tenants, the activities' sheet reads amounts past int.
[Collection(Collections.MySql)]
public sealed class CampaignExcelExport_MySql_Tests(MySqlAppFixture fixture) : CampaignExcelExport_Tests<MySqlAppFixture>(fixture);
