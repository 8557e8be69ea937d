using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// A campaign's calendar and its report period through the API: yearly and lunar runs with their themes,
/// locked reports reopened for one unit, and what may not be undone. Decided in code, so SQLite only.
/// </summary>
public abstract class CampaignRules_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_give_each_year_of_a_yearly_campaign_its_period_and_own_theme()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2024-05-01", endDate = "2024-05-31", recurrence = "Yearly",
            theme = "Hành trình nhân đạo – Trao nhận yêu thương",
        }))["id"]!.GetValue<Guid>();

        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/campaign/{campaign}/theme",
            new { year = 2025, theme = "Lan tỏa yêu thương – Kết nối cộng đồng" }, HttpStatusCode.OK);
        var first = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/occurrence?year=2024");
        var next = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/occurrence?year=2025");

        first["theme"]!.GetValue<string>().ShouldBe("Hành trình nhân đạo – Trao nhận yêu thương");
        next["startDate"]!.GetValue<string>().ShouldBe("2025-05-01");
        next["endDate"]!.GetValue<string>().ShouldBe("2025-05-31");
        next["theme"]!.GetValue<string>().ShouldBe("Lan tỏa yêu thương – Kết nối cộng đồng");
        var before = await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/campaign/{campaign}/occurrence?year=2023", null, HttpStatusCode.BadRequest);
        ValidationMembers(before).ShouldBe(["year"]);
    }

    [Fact]
    public async Task Should_run_tet_nhan_ai_from_the_15th_of_the_12th_lunar_month_to_tet_every_year()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        // Tết Nhân ái Ất Tỵ: 15/12 Giáp Thìn (14/01/2025) to Tết Ất Tỵ (29/01/2025).
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tết Nhân ái", kind = "TetNhanAi", startDate = "2025-01-14", endDate = "2025-01-29", recurrence = "YearlyLunar",
        }))["id"]!.GetValue<Guid>();

        var binhNgo = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/occurrence?year=2026");

        // Tết Bính Ngọ is 17/02/2026; 15/12 Ất Tỵ is 02/02/2026.
        binhNgo["startDate"]!.GetValue<string>().ShouldBe("2026-02-02");
        binhNgo["endDate"]!.GetValue<string>().ShouldBe("2026-02-17");
    }

    [Fact]
    public async Task Should_lock_a_report_after_its_period_and_take_it_once_reopened_for_that_unit()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var unit = await CreateUnitAsync(admin, "BL", "Hội Chữ thập đỏ thành phố Bảo Lộc", "RedCrossChapter");
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2024-05-01", endDate = "2024-05-31",
            participantUnitIds = new[] { unit },
        }))["id"]!.GetValue<Guid>();
        var task = await CreateTaskAsync(admin, campaign, unit, "2024-06-10");
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", unit);
        using var deputy = await SignInAsAsync(fixture, tenant, admin, "standing-deputy");
        using var member = await SignInAsAsync(fixture, tenant, admin, "committee-member");

        var listed = await officer.GetJsonAsync<JsonObject>($"/api/app/task-assignment/{task}");
        listed["isLocked"]!.GetValue<bool>().ShouldBeTrue();
        listed["isOverdue"]!.GetValue<bool>().ShouldBeTrue();
        var locked = await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/submit", new { note = "Muộn" }, HttpStatusCode.BadRequest);
        locked!["error"]!["message"]!.GetValue<string>().ShouldContain("30/06/2024");

        await member.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/reopen", null, HttpStatusCode.Forbidden);
        (await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/reopen", null, HttpStatusCode.OK))!
            ["isLocked"]!.GetValue<bool>().ShouldBeFalse();
        var late = await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/submit", new { note = "Nộp muộn" }, HttpStatusCode.OK);

        late!["status"]!.GetValue<string>().ShouldBe("Submitted");
        late["isOnTime"]!.GetValue<bool>().ShouldBeFalse();
        late["isOverdue"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_move_the_status_forward_only_and_keep_a_campaign_with_tasks()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var created = await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2024-05-01", endDate = "2024-05-31", status = "Closed",
        });
        var id = created["id"]!.GetValue<Guid>();

        var back = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/campaign/{id}", new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2024-05-01", endDate = "2024-05-31", status = "Active",
        }, HttpStatusCode.BadRequest);
        ValidationMembers(back).ShouldBe(["status"]);
        var closed = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/task-assignment",
            new { campaignId = id, unitId = unit, title = "Báo cáo", dueDate = "2024-06-10" }, HttpStatusCode.BadRequest);
        closed!["error"]!["message"]!.GetValue<string>().ShouldContain("Đã kết thúc");

        var open = (await CreateCampaignAsync(admin, new
        {
            name = "Tết Nhân ái", kind = "TetNhanAi", startDate = "2025-01-14", endDate = "2025-01-29",
        }))["id"]!.GetValue<Guid>();
        await CreateTaskAsync(admin, open, unit, "2025-01-20");
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/campaign/{open}", null, HttpStatusCode.BadRequest);
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/campaign/{id}", null, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/campaign/{id}", null, HttpStatusCode.NotFound);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CampaignRules_Sqlite_Tests(SqliteAppFixture fixture) : CampaignRules_Tests<SqliteAppFixture>(fixture);
