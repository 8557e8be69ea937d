using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Timing;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// "Việc quá hạn của tôi" (GET /api/app/task-assignment/my-overdue and the home page's card): a unit
/// officer sees their units' overdue tasks, a committee member those of the campaigns their committee
/// steers, an admin the tenant's — oldest first, only tasks of active campaigns still owed.
/// </summary>
public abstract class MyOverdue_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_show_each_person_the_overdue_tasks_in_their_own_scope_oldest_first()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        var mine = await CreateUnitAsync(admin, "SS", "Hội Chữ thập đỏ huyện Sóc Sơn", "RedCrossChapter");
        var other = await CreateUnitAsync(admin, "BD", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter");
        var committee = await CreateCommitteeAsync(admin, "Ban chỉ đạo Tháng Nhân đạo", "SteeringCommittee");
        var memberName = UniqueName("uy-vien");
        var memberId = await CreateUserAsync(admin, memberName, null, "committee-member");
        await AddMemberAsync(admin, committee, new { fullName = "Lê Văn C", userId = memberId, position = "Member", termStart = Day(today, -100) });
        var steered = await CreateRunningCampaignAsync(admin, "Tháng Nhân đạo", today.AddDays(-20), committee, mine, other);
        var unsteered = await CreateRunningCampaignAsync(admin, "Tháng Nhân đạo", today.AddDays(-20), null, mine);
        var oldest = await CreateTaskAsync(admin, steered, other, Day(today, -5), "Báo cáo của Ba Đình");
        var older = await CreateTaskAsync(admin, unsteered, mine, Day(today, -3), "Danh sách hộ nghèo");
        var newest = await CreateTaskAsync(admin, steered, mine, Day(today, -1), "Báo cáo của Sóc Sơn");
        await CreateTaskAsync(admin, steered, mine, Day(today, 2), "Chưa đến hạn");
        var submitted = await CreateTaskAsync(admin, steered, mine, Day(today, -2), "Đã báo cáo");
        using var officer = await SignInAsAsync(fixture, tenant, admin, "unit-officer", mine);
        await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{submitted}/submit", new { note = "Xong" }, HttpStatusCode.OK);
        using var member = await fixture.SignInAsync(tenant.Name, memberName, TestTenant.AdminPassword);

        (await MyOverdueAsync(officer)).ShouldBe([older, newest]);
        (await MyOverdueAsync(member)).ShouldBe([oldest, newest]);
        (await MyOverdueAsync(admin)).ShouldBe([oldest, older, newest]);
        var firstPage = await admin.GetJsonAsync<JsonObject>("/api/app/task-assignment/my-overdue?maxResultCount=1");
        (firstPage["totalCount"]!.GetValue<int>(), firstPage["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>()).ShouldBe((3, oldest));

        // The home page's card: the count, the oldest first with how many days late, a link to each.
        var home = WebUtility.HtmlDecode(await (await officer.GetAsync("/")).Content.ReadAsStringAsync());
        home.ShouldContain("Việc quá hạn của tôi");
        home.ShouldContain("data-overdue-count=\"2\"");
        home.ShouldContain($"/Campaigns/Tasks/Details?id={older}");
        home.ShouldContain("3 ngày");
        home.ShouldNotContain("Báo cáo của Ba Đình");
    }

    [Fact]
    public async Task Should_keep_the_card_off_the_home_page_of_someone_without_the_tasks_permission()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        using var nobody = await SignInAsAsync(fixture, tenant, admin, "viewer");

        var home = WebUtility.HtmlDecode(await (await nobody.GetAsync("/")).Content.ReadAsStringAsync());

        home.ShouldNotContain("Việc quá hạn của tôi");
        (await nobody.GetAsync("/api/app/task-assignment/my-overdue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<List<Guid>> MyOverdueAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonObject>("/api/app/task-assignment/my-overdue"))["items"]!.AsArray()
        .Select(t => t!["id"]!.GetValue<Guid>()).ToList();
}

[Collection(Collections.Sqlite)]
public sealed class MyOverdue_Sqlite_Tests(SqliteAppFixture fixture) : MyOverdue_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class MyOverdue_MySql_Tests(MySqlAppFixture fixture) : MyOverdue_Tests<MySqlAppFixture>(fixture);
