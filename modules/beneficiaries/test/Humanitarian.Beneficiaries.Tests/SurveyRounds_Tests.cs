using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// The yearly survey round: each unit's dossier is a campaign task due before 1 March, so who has
/// submitted is the task's status and the late ones get the campaign's reminders.
/// </summary>
public abstract class SurveyRounds_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/survey-round";

    [Fact]
    public async Task Should_give_each_unit_a_task_due_by_february_and_show_who_submitted_and_what_each_surveyed()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var year = VietnamToday().Year + 1;
        var haiLang = await CreateUnitAsync(admin, "HL", "Hội Chữ thập đỏ huyện Hải Lăng", "RedCrossChapter");
        var camLo = await CreateUnitAsync(admin, "CL", "Hội Chữ thập đỏ huyện Cam Lộ", "RedCrossChapter");
        var campaign = await CreateCampaignAsync(admin, year);

        var round = await admin.SendExpectingAsync(HttpMethod.Post, Url, new { campaignId = campaign, year, unitIds = new[] { haiLang, camLo } }, HttpStatusCode.OK);

        round!["deadline"]!.GetValue<string>().ShouldBe(new DateOnly(year, 3, 1).AddDays(-1).ToString("yyyy-MM-dd"));
        round["title"]!.GetValue<string>().ShouldBe($"Nộp hồ sơ khảo sát địa chỉ nhân đạo năm {year}");
        var tasks = (await admin.GetJsonAsync<JsonObject>($"/api/app/task-assignment?campaignId={campaign}"))["items"]!.AsArray();
        tasks.Select(t => (t!["unitId"]!.GetValue<Guid>(), t["dueDate"]!.GetValue<string>())).OrderBy(t => t.Item1)
            .ShouldBe(new[] { haiLang, camLo }.Order().Select(u => (u, round["deadline"]!.GetValue<string>())));

        var haiLangTask = tasks.Single(t => t!["unitId"]!.GetValue<Guid>() == haiLang)!["id"]!.GetValue<Guid>();
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{haiLangTask}/submit", new { note = "Đã gửi 2 hồ sơ" }, HttpStatusCode.OK);
        foreach (var name in new[] { "Lê Văn Một", "Lê Văn Hai" })
        {
            await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address",
                new { fullName = name, surveyingUnitId = haiLang, surveyDate = VietnamToday().ToString("yyyy-MM-dd") }, HttpStatusCode.OK);
        }

        var read = await admin.GetJsonAsync<JsonObject>($"{Url}/{round["id"]}");
        (read["submittedCount"]!.GetValue<int>(), read["overdueCount"]!.GetValue<int>(), read["addressesSurveyed"]!.GetValue<long>()).ShouldBe((1, 0, 2));
        var units = read["units"]!.AsArray().ToDictionary(u => u!["unitId"]!.GetValue<Guid>());
        (units[haiLang]!["hasSubmitted"]!.GetValue<bool>(), units[haiLang]!["addressesSurveyed"]!.GetValue<long>()).ShouldBe((true, 2));
        (units[camLo]!["hasSubmitted"]!.GetValue<bool>(), units[camLo]!["taskStatus"]!.GetValue<string>()).ShouldBe((false, "Open"));
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?year={year}"))["items"]).ShouldBe([read["id"]!.GetValue<Guid>()]);
    }

    [Fact]
    public async Task Should_remind_a_unit_that_missed_the_deadline()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var year = VietnamToday().Year;
        var unit = await CreateUnitAsync(admin, "GL", "Hội Chữ thập đỏ huyện Gio Linh", "RedCrossChapter");
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Trần Thị B", email = $"gio-linh-{tenant.Name}@example.org", receivesReminders = true }, HttpStatusCode.OK);
        var campaign = await CreateCampaignAsync(admin, year);
        var round = await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { campaignId = campaign, year, deadline = $"{year}-01-31", unitIds = new[] { unit } }, HttpStatusCode.OK);
        var task = round!["units"]![0]!["taskAssignmentId"]!.GetValue<Guid>();
        (round["overdueCount"]!.GetValue<int>(), round["units"]![0]!["isOverdue"]!.GetValue<bool>()).ShouldBe((1, true));

        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK);

        var history = (await admin.GetJsonAsync<JsonObject>($"/api/app/reminder/history?taskAssignmentId={task}"))["items"]!.AsArray();
        history.Select(h => h!["recipient"]!.GetValue<string>()).ShouldContain($"gio-linh-{tenant.Name}@example.org");
    }

    [Fact]
    public async Task Should_refuse_a_deadline_from_march_a_second_round_a_year_and_anothers_units_and_write_no_task()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        using var stranger = await NewTenantAdminAsync(fixture);
        var year = VietnamToday().Year + 1;
        var unit = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var strangersUnit = await CreateUnitAsync(stranger, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var campaign = await CreateCampaignAsync(admin, year);

        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { campaignId = campaign, year, deadline = $"{year}-03-01", unitIds = new[] { unit } }, HttpStatusCode.BadRequest)).ShouldBe(["deadline"]);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { campaignId = campaign, year, unitIds = new[] { unit, strangersUnit } }, HttpStatusCode.BadRequest)).ShouldBe(["unitIds"]);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { campaignId = campaign, year, unitIds = Array.Empty<Guid>() }, HttpStatusCode.BadRequest)).ShouldBe(["unitIds"]);
        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, Url,
            new { campaignId = campaign, year, unitIds = new[] { strangersUnit } }, HttpStatusCode.BadRequest)).ShouldBe(["campaignId"]);
        var fromJune = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign", new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = $"{year}-06-01", endDate = $"{year}-06-30",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { campaignId = fromJune, year, unitIds = new[] { unit } }, HttpStatusCode.BadRequest)).ShouldBe(["deadline"]);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/task-assignment?campaignId={campaign}"))["totalCount"]!.GetValue<long>().ShouldBe(0);

        var round = await admin.SendExpectingAsync(HttpMethod.Post, Url, new { campaignId = campaign, year, unitIds = new[] { unit } }, HttpStatusCode.OK);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { campaignId = campaign, year, unitIds = new[] { unit } }, HttpStatusCode.BadRequest)).ShouldBe(["year"]);
        await stranger.SendExpectingAsync(HttpMethod.Get, $"{Url}/{round!["id"]}", null, HttpStatusCode.NotFound);
        (await stranger.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_let_only_those_who_may_open_a_round_open_one()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var year = VietnamToday().Year + 1;
        var unit = await CreateUnitAsync(admin, "TP", "Hội Chữ thập đỏ huyện Triệu Phong", "RedCrossChapter");
        var campaign = await CreateCampaignAsync(admin, year);
        var memberName = UniqueName("committee-member");
        await CreateUserAsync(admin, memberName, null, "committee-member");
        using var member = await fixture.SignInAsync(tenant.Name, memberName, TestTenant.AdminPassword);

        await member.SendExpectingAsync(HttpMethod.Post, Url, new { campaignId = campaign, year, unitIds = new[] { unit } }, HttpStatusCode.Forbidden);
        await admin.SendExpectingAsync(HttpMethod.Post, Url, new { campaignId = campaign, year, unitIds = new[] { unit } }, HttpStatusCode.OK);
        (await member.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(1);
    }

    /// <summary>The humanitarian-address campaign over the survey's year and the next.</summary>
    private static async Task<Guid> CreateCampaignAsync(ApiClient admin, int year) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign", new
        {
            name = "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", kind = "HumanitarianAddress",
            startDate = $"{year}-01-01", endDate = $"{year + 1}-12-31",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
}

[Collection(Collections.Sqlite)]
public sealed class SurveyRounds_Sqlite_Tests(SqliteAppFixture fixture) : SurveyRounds_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class SurveyRounds_MySql_Tests(MySqlAppFixture fixture) : SurveyRounds_Tests<MySqlAppFixture>(fixture);
