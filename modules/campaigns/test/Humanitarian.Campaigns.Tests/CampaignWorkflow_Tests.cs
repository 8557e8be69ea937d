using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// A campaign from its plan to the units' reports, through the API: participants, targets measured from
/// activities and figures, the report workflow with each side's permissions, and the reporting rate.
/// </summary>
public abstract class CampaignWorkflow_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_create_an_active_campaign_with_its_participants_legal_basis_committee_and_theme()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var district = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var committee = await CreateCommitteeAsync(admin, "Ban Chỉ đạo Tháng Nhân đạo", "SteeringCommittee");
        var plan = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", new
        {
            kind = "Plan", number = "45/KH-HCTĐ", issueDate = "2024-04-10", issuer = "Hội Chữ thập đỏ huyện Vĩnh Linh",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        var created = await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2024-05-01", endDate = "2024-05-31", recurrence = "Yearly",
            theme = "Hành trình nhân đạo – Trao nhận yêu thương", committeeId = committee, legalBasisDocumentIds = new[] { plan },
            participantUnitIds = new[] { district },
        });
        var campaign = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{created["id"]}");

        campaign["status"]!.GetValue<string>().ShouldBe("Active");
        campaign["recurrence"]!.GetValue<string>().ShouldBe("Yearly");
        campaign["theme"]!.GetValue<string>().ShouldBe("Hành trình nhân đạo – Trao nhận yêu thương");
        campaign["committeeId"]!.GetValue<Guid>().ShouldBe(committee);
        campaign["participantUnitIds"]!.AsArray().Select(i => i!.GetValue<Guid>()).ShouldBe([district]);
        campaign["legalBasisDocumentIds"]!.AsArray().Select(i => i!.GetValue<Guid>()).ShouldBe([plan]);
    }

    [Fact]
    public async Task Should_refuse_a_unit_of_another_tenant_naming_its_place_in_the_list()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var other = await NewTenantAdminAsync(fixture);
        var own = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var foreign = await CreateUnitAsync(other, "BL", "Hội Chữ thập đỏ thành phố Bảo Lộc", "RedCrossChapter");

        var error = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign", new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2024-05-01", endDate = "2024-05-31",
            participantUnitIds = new[] { own, foreign },
        }, HttpStatusCode.BadRequest);

        ValidationMembers(error).ShouldBe(["participantUnitIds[1]"]);
        (await admin.GetJsonAsync<JsonObject>("/api/app/campaign"))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_measure_the_share_of_participant_units_that_held_a_conference_and_null_for_an_unmeasured_metric()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var districts = new List<Guid>();
        foreach (var code in new[] { "BD", "HK", "TH", "TT" })
        {
            districts.Add(await CreateUnitAsync(admin, code, "Ban vận động quận " + code, "RedCrossChapter"));
        }
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Vận động ủng hộ Quỹ hỗ trợ phòng, chống dịch năm 2019", kind = "FundDrive", startDate = "2019-01-01",
            endDate = "2019-12-31", participantUnitIds = districts,
        }))["id"]!.GetValue<Guid>();
        var conference = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target", new
        {
            campaignId = campaign, name = "100% quận, huyện tổ chức hội nghị", metric = "UnitsWithActivityPercent", goal = 100,
            activityKind = "Conference",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var growth = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target", new
        {
            campaignId = campaign, name = "Số tiền vận động tăng 20% so với năm 2018", metric = "FundsRaisedGrowthPercent", goal = 20,
        }, HttpStatusCode.OK))!;

        await CreateActivityAsync(admin, campaign, districts[0], "Conference", "2019-03-15");
        await CreateActivityAsync(admin, campaign, districts[0], "Conference", "2019-09-15");
        await CreateActivityAsync(admin, campaign, districts[1], "Conference", "2019-04-02");
        await CreateActivityAsync(admin, campaign, districts[2], "Propaganda", "2019-04-20");

        var target = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign-target/{conference}");
        target["actual"]!.GetValue<decimal>().ShouldBe(50m);
        target["isMet"]!.GetValue<bool>().ShouldBeFalse();
        growth["actual"].ShouldBeNull();
        growth["isMet"].ShouldBeNull();

        await CreateActivityAsync(admin, campaign, districts[2], "Conference", "2019-05-10");
        await CreateActivityAsync(admin, campaign, districts[3], "Conference", "2019-12-31");
        var progress = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/progress");
        var measured = progress["targets"]!.AsArray().Single(t => t!["id"]!.GetValue<Guid>() == conference)!;
        measured["actual"]!.GetValue<decimal>().ShouldBe(100m);
        measured["isMet"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_let_the_unit_officer_submit_a_member_not_accept_and_the_standing_deputy_accept_or_return()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var chapter = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter");
        var vinhLinh = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter", chapter);
        var gioLinh = await CreateUnitAsync(admin, "GL", "Hội Chữ thập đỏ huyện Gio Linh", "RedCrossChapter", chapter);
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2030-05-01", endDate = "2030-05-31", recurrence = "Yearly",
            participantUnitIds = new[] { vinhLinh, gioLinh },
        }))["id"]!.GetValue<Guid>();
        var bloodUnits = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target", new
        {
            campaignId = campaign, name = "Số đơn vị máu tiếp nhận", metric = "Manual", goal = 300,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var vinhLinhTask = await CreateTaskAsync(admin, campaign, vinhLinh, "2030-06-10");
        var gioLinhTask = await CreateTaskAsync(admin, campaign, gioLinh, "2030-06-10");
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", vinhLinh);
        using var member = await SignInAsAsync(fixture, tenant, admin, "committee-member");
        using var deputy = await SignInAsAsync(fixture, tenant, admin, "standing-deputy");

        // Another unit's task is not the officer's to see, let alone to submit.
        await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{gioLinhTask}/submit", new { note = "x" }, HttpStatusCode.NotFound);
        (await officer.GetJsonAsync<JsonObject>("/api/app/task-assignment"))["totalCount"]!.GetValue<long>().ShouldBe(1);
        var submitted = await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{vinhLinhTask}/submit",
            new { note = "Tiếp nhận 180 đơn vị máu", figures = new[] { new { targetId = bloodUnits, value = 180 } } }, HttpStatusCode.OK);
        submitted!["status"]!.GetValue<string>().ShouldBe("Submitted");
        submitted["isOnTime"]!.GetValue<bool>().ShouldBeTrue();
        submitted["submittedTime"].ShouldNotBeNull();

        await member.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{vinhLinhTask}/accept", new { }, HttpStatusCode.Forbidden);
        await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{vinhLinhTask}/return", new { comment = "" }, HttpStatusCode.BadRequest);
        var returned = await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{vinhLinhTask}/return",
            new { comment = "Bổ sung danh sách người hiến máu" }, HttpStatusCode.OK);
        returned!["status"]!.GetValue<string>().ShouldBe("Returned");
        // A returned report does not count towards the target until it is submitted again.
        (await admin.GetJsonAsync<JsonObject>($"/api/app/campaign-target/{bloodUnits}"))["actual"]!.GetValue<decimal>().ShouldBe(0m);

        await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{vinhLinhTask}/submit",
            new { note = "Đã bổ sung", figures = new[] { new { targetId = bloodUnits, value = 185 } } }, HttpStatusCode.OK);
        var accepted = await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{vinhLinhTask}/accept", new { }, HttpStatusCode.OK);
        accepted!["status"]!.GetValue<string>().ShouldBe("Accepted");

        var progress = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/progress?year=2030");
        progress["tasks"]!["total"]!.GetValue<int>().ShouldBe(2);
        progress["tasks"]!["submitted"]!.GetValue<int>().ShouldBe(1);
        progress["tasks"]!["onTime"]!.GetValue<int>().ShouldBe(1);
        progress["targets"]!.AsArray().ShouldHaveSingleItem()!["actual"]!.GetValue<decimal>().ShouldBe(185m);
    }

    [Fact]
    public async Task Should_refuse_a_due_date_outside_the_campaign_and_its_report_days()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", kind = "HumanitarianAddress", startDate = "2019-01-01",
            endDate = "2021-12-31", participantUnitIds = new[] { unit },
        }))["id"]!.GetValue<Guid>();

        var error = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/task-assignment",
            new { campaignId = campaign, unitId = unit, title = "Khảo sát địa chỉ nhân đạo", dueDate = "2018-12-31" }, HttpStatusCode.BadRequest);

        ValidationMembers(error).ShouldBe(["dueDate"]);
        error!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("từ 01/01/2019 đến 30/01/2022");
    }
}

[Collection(Collections.Sqlite)]
public sealed class CampaignWorkflow_Sqlite_Tests(SqliteAppFixture fixture) : CampaignWorkflow_Tests<SqliteAppFixture>(fixture);

// On both databases: decimal goals and figures, date comparisons in SQL, the tenant and unit-scope filters.
[Collection(Collections.MySql)]
public sealed class CampaignWorkflow_MySql_Tests(MySqlAppFixture fixture) : CampaignWorkflow_Tests<MySqlAppFixture>(fixture);
