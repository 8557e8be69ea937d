using System.Net;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>The campaign and task lists as .xlsx files with Vietnamese headers, filtered like the lists, a unit officer's scope kept.</summary>
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
}

[Collection(Collections.Sqlite)]
public sealed class CampaignExcelExport_Sqlite_Tests(SqliteAppFixture fixture) : CampaignExcelExport_Tests<SqliteAppFixture>(fixture);
