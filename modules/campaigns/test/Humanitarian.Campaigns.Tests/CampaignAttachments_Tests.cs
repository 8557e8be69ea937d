using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Campaigns.Tests.CampaignTestData;
using static Humanitarian.TestBase.AttachmentFiles;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// Files on a unit's report and on an activity: checked as documents' files are, changed only by who may
/// change the record (the reporting unit, while its report is open), read by whoever sees the record.
/// </summary>
public abstract class CampaignAttachments_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_let_the_unit_attach_files_while_its_report_is_open_and_not_once_it_is_submitted()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var vinhLinh = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var gioLinh = await CreateUnitAsync(admin, "GL", "Hội Chữ thập đỏ huyện Gio Linh", "RedCrossChapter");
        var campaign = await MonthCampaignAsync(admin, "2030-05-01", "2030-05-31", vinhLinh, gioLinh);
        var task = await CreateTaskAsync(admin, campaign, vinhLinh, "2030-06-10");
        var otherTask = await CreateTaskAsync(admin, campaign, gioLinh, "2030-06-10");
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", vinhLinh);
        using var otherOfficer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", gioLinh);
        using var member = await SignInAsAsync(fixture, tenant, admin, "committee-member");
        using var deputy = await SignInAsAsync(fixture, tenant, admin, "standing-deputy");

        var minutes = await UploadExpectingAsync(officer, TaskFiles(task), "Biên bản hội nghị.pdf", Pdf, HttpStatusCode.OK);
        var list = await UploadExpectingAsync(officer, TaskFiles(task), "Danh sách người hiến máu.xlsx", OfficePackage("xl/"), HttpStatusCode.OK);

        var listed = (await deputy.GetJsonAsync<JsonObject>($"/api/app/task-assignment/{task}"))["attachments"]!.AsArray();
        listed.Select(a => a!["fileName"]!.GetValue<string>()).ShouldBe(["Biên bản hội nghị.pdf", "Danh sách người hiến máu.xlsx"]);
        var download = await deputy.GetAsync($"{TaskFiles(task)}/{minutes["id"]}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        // Another unit's officer neither sees nor changes the report; a member may read but not report.
        (await otherOfficer.GetAsync($"{TaskFiles(task)}/{minutes["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await UploadAsync(otherOfficer, TaskFiles(task), "x.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await UploadAsync(member, TaskFiles(task), "x.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // A file id of another task is not this task's.
        (await UploadAsync(otherOfficer, TaskFiles(otherTask), "Báo cáo Gio Linh.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.GetAsync($"{TaskFiles(otherTask)}/{minutes["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/submit", new { note = "Đã tổ chức" }, HttpStatusCode.OK);
        var afterSubmit = await UploadExpectingAsync(officer, TaskFiles(task), "Bổ sung.pdf", Pdf, HttpStatusCode.BadRequest);
        afterSubmit["error"]!["message"]!.GetValue<string>().ShouldContain("không thêm hay bỏ tệp đính kèm");
        await officer.SendExpectingAsync(HttpMethod.Delete, $"{TaskFiles(task)}/{list["id"]}", null, HttpStatusCode.BadRequest);

        // Returned, the report is the unit's again: it takes the wrong list off.
        await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/return", new { comment = "Thiếu danh sách đúng" }, HttpStatusCode.OK);
        await officer.SendExpectingAsync(HttpMethod.Delete, $"{TaskFiles(task)}/{list["id"]}", null, HttpStatusCode.OK);
        (await officer.GetJsonAsync<JsonObject>($"/api/app/task-assignment/{task}"))["attachments"]!.AsArray()
            .ShouldHaveSingleItem()!["id"]!.GetValue<Guid>().ShouldBe(minutes["id"]!.GetValue<Guid>());
        (await officer.GetAsync($"{TaskFiles(task)}/{list["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_refuse_files_on_a_locked_report_until_it_is_reopened_and_files_that_are_not_what_they_say()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var unit = await CreateUnitAsync(admin, "BL", "Hội Chữ thập đỏ thành phố Bảo Lộc", "RedCrossChapter");
        var campaign = await MonthCampaignAsync(admin, "2024-05-01", "2024-05-31", unit);
        var task = await CreateTaskAsync(admin, campaign, unit, "2024-06-10");
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", unit);
        using var deputy = await SignInAsAsync(fixture, tenant, admin, "standing-deputy");

        var locked = await UploadExpectingAsync(officer, TaskFiles(task), "Báo cáo.pdf", Pdf, HttpStatusCode.BadRequest);
        locked["error"]!["message"]!.GetValue<string>().ShouldContain("30/06/2024");

        await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/reopen", null, HttpStatusCode.OK);
        var renamed = await UploadExpectingAsync(officer, TaskFiles(task), "Báo cáo.pdf", WindowsProgram, HttpStatusCode.BadRequest);
        ValidationMembers(renamed).ShouldBe(["file"]);
        await UploadExpectingAsync(officer, TaskFiles(task), "Báo cáo.pdf", Pdf, HttpStatusCode.OK);
        (await officer.GetJsonAsync<JsonObject>($"/api/app/task-assignment/{task}"))["attachments"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_keep_an_activitys_files_with_it_up_to_the_limit_for_whoever_may_correct_it()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var thanhTri = await CreateUnitAsync(admin, "TT", "Hội Chữ thập đỏ huyện Thanh Trì", "RedCrossChapter");
        var dongAnh = await CreateUnitAsync(admin, "DA", "Hội Chữ thập đỏ huyện Đông Anh", "RedCrossChapter");
        var campaign = await MonthCampaignAsync(admin, "2030-05-01", "2030-05-31", thanhTri, dongAnh);
        var activity = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-activity", new
        {
            campaignId = campaign, unitId = thanhTri, kind = "Conference", date = "2030-05-08", title = "Hội nghị điểm",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", thanhTri);
        using var otherOfficer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", dongAnh);

        var programme = await UploadExpectingAsync(officer, ActivityFiles(activity), "Chương trình.docx", OfficePackage("word/"), HttpStatusCode.OK);
        (await UploadAsync(otherOfficer, ActivityFiles(activity), "x.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherOfficer.GetAsync($"{ActivityFiles(activity)}/{programme["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        for (var i = 2; i <= 20; i++)
        {
            await UploadExpectingAsync(officer, ActivityFiles(activity), $"Ảnh {i}.pdf", Pdf, HttpStatusCode.OK);
        }
        var oneTooMany = await UploadExpectingAsync(officer, ActivityFiles(activity), "Ảnh 21.pdf", Pdf, HttpStatusCode.BadRequest);

        ValidationMembers(oneTooMany).ShouldBe(["file"]);
        oneTooMany["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("tối đa 20 tệp");
        var listed = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign-activity?campaignId={campaign}");
        listed["items"]![0]!["attachments"]!.AsArray().Count.ShouldBe(20);
        await officer.SendExpectingAsync(HttpMethod.Delete, $"{ActivityFiles(activity)}/{programme["id"]}", null, HttpStatusCode.OK);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/campaign-activity/{activity}"))["attachments"]!.AsArray().Count.ShouldBe(19);
    }

    private static string TaskFiles(Guid task) => $"/api/app/task-assignment/{task}/attachment";

    private static string ActivityFiles(Guid activity) => $"/api/app/campaign-activity/{activity}/attachment";

    private static async Task<Guid> MonthCampaignAsync(ApiClient admin, string start, string end, params Guid[] participants) =>
        (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = start, endDate = end, participantUnitIds = participants,
        }))["id"]!.GetValue<Guid>();
}

[Collection(Collections.Sqlite)]
public sealed class CampaignAttachments_Sqlite_Tests(SqliteAppFixture fixture) : CampaignAttachments_Tests<SqliteAppFixture>(fixture);

// On both databases: the blobs, the cascade from attachment to bytes, the unit-scope filter.
[Collection(Collections.MySql)]
public sealed class CampaignAttachments_MySql_Tests(MySqlAppFixture fixture) : CampaignAttachments_Tests<MySqlAppFixture>(fixture);
