using System.Net;
using static Humanitarian.Campaigns.Tests.CampaignTestData;
using static Humanitarian.TestBase.AttachmentFiles;

namespace Humanitarian.Campaigns.Tests;

/// <summary>The campaign, task and activity lists as .xlsx files with Vietnamese headers, filtered like the lists, a unit officer's scope kept.</summary>
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

        var campaigns = await DownloadAsync(admin, "/api/app/campaign/export-excel?kind=HumanitarianMonth");
        var tasks = await DownloadAsync(officer, "/api/app/task-assignment/export-excel");

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
}

[Collection(Collections.Sqlite)]
public sealed class CampaignExcelExport_Sqlite_Tests(SqliteAppFixture fixture) : CampaignExcelExport_Tests<SqliteAppFixture>(fixture);

// On both databases: the activities' sheet reads amounts past int.
[Collection(Collections.MySql)]
public sealed class CampaignExcelExport_MySql_Tests(MySqlAppFixture fixture) : CampaignExcelExport_Tests<MySqlAppFixture>(fixture);
