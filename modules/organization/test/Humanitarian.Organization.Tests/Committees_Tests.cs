using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>Committees and their members: history is kept, and a member's role follows the current term.</summary>
public abstract class Committees_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    private const string CommitteesPermission = "Humanitarian.Organization.Committees";

    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static DateOnly TodayInVietnam => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Vietnam).DateTime);

    [Fact]
    public async Task Should_keep_district_boards_under_the_city_board_and_cite_a_national_decision()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        using var host = await fixture.SignInAsync(null, "admin");
        var national = (await host.GetJsonAsync<JsonObject>("/api/app/document?filter=588/QĐ-TTg"))["items"]![0]!["id"]!.GetValue<Guid>();
        var city = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/committee", new
        {
            name = "Ban Chỉ đạo Cuộc vận động “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo” tỉnh",
            kind = "SteeringCommittee",
            campaignOrFundName = "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo",
            establishingDocumentId = national,
        }, HttpStatusCode.OK))!;
        var cityId = city["id"]!.GetValue<Guid>();
        var district = await CreateCommitteeAsync(admin, "Ban Chỉ đạo huyện Thanh Trì", "SteeringCommittee", cityId);

        city["establishingDocumentId"]!.GetValue<Guid>().ShouldBe(national);
        Ids((await admin.GetJsonAsync<JsonObject>($"/api/app/committee?parentId={cityId}"))["items"]).ShouldBe([district]);
        Ids((await admin.GetJsonAsync<JsonObject>("/api/app/committee?filter=thanh tri"))["items"]).ShouldBe([district]);
        var cycle = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/committee/{cityId}",
            new { name = "Ban tỉnh", kind = "SteeringCommittee", parentId = district }, HttpStatusCode.BadRequest);
        ValidationMembers(cycle).ShouldBe(["parentId"]);
        var unknownDecision = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/committee",
            new { name = "Ban khác", kind = "FundraisingBoard", establishingDocumentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        ValidationMembers(unknownDecision).ShouldBe(["establishingDocumentId"]);
        var withChildren = await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/committee/{cityId}", null, HttpStatusCode.BadRequest);
        withChildren!["error"]!["code"]!.GetValue<string>().ShouldBe("Organization:CommitteeHasChildren");
    }

    [Fact]
    public async Task Should_end_a_replaced_members_term_and_keep_them_in_the_history()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "UBND", "Ủy ban nhân dân tỉnh", "PeopleCommittee");
        var board = await CreateCommitteeAsync(admin, "Ban vận động tài chính Quỹ hỗ trợ phòng, chống dịch");
        var head = await AddMemberAsync(admin, board, new
        {
            fullName = "Đặng Thị C", unitId = unit, position = "Head", title = "Phó Chủ tịch UBND", termStart = "2019-01-01",
        });
        var member = await AddMemberAsync(admin, board, new { fullName = "Hồ Văn C", position = "Member", termStart = "2019-01-01" });

        var successor = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/replace-member", new
        {
            memberId = head, fullName = "Lê Văn D", unitId = unit, title = "Phó Chủ tịch UBND", termStart = "2024-01-01",
        }, HttpStatusCode.OK);
        var ended = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/end-member-term",
            new { memberId = member, termEnd = "2023-06-30" }, HttpStatusCode.OK);

        successor!["position"]!.GetValue<string>().ShouldBe("Head");
        ended!["termEnd"]!.GetValue<string>().ShouldBe("2023-06-30");
        ended["isCurrent"]!.GetValue<bool>().ShouldBeFalse();
        var current = await admin.GetJsonAsync<JsonObject>($"/api/app/committee/{board}/members");
        Strings(current["items"], "fullName").ShouldBe(["Lê Văn D"]);
        var history = await admin.GetJsonAsync<JsonObject>($"/api/app/committee/{board}/members?includeEnded=true");
        history["items"]!.AsArray().Count.ShouldBe(3);
        var oldHead = history["items"]!.AsArray().Single(m => m!["id"]!.GetValue<Guid>() == head)!;
        oldHead["fullName"]!.GetValue<string>().ShouldBe("Đặng Thị C");
        oldHead["termEnd"]!.GetValue<string>().ShouldBe("2023-12-31");

        var endedAgain = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/end-member-term",
            new { memberId = member }, HttpStatusCode.BadRequest);
        endedAgain!["error"]!["code"]!.GetValue<string>().ShouldBe("Organization:MemberTermAlreadyEnded");
        // The unit is named in the committee's history: it stays.
        var deleteUnit = await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{unit}", null, HttpStatusCode.BadRequest);
        deleteUnit!["error"]!["code"]!.GetValue<string>().ShouldBe("Organization:UnitInUse");
    }

    [Fact]
    public async Task Should_give_a_member_the_role_of_their_position_only_while_the_term_runs()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var userName = UniqueName("head");
        var userId = await CreateUserAsync(admin, userName, null, "viewer");
        var board = await CreateCommitteeAsync(admin, "Ban Chỉ đạo tỉnh", "SteeringCommittee");
        var otherBoard = await CreateCommitteeAsync(admin, "Ban vận động tài chính tỉnh");
        var seat = await AddMemberAsync(admin, board, new { fullName = "Đặng Minh Hưng", userId, position = "Head", termStart = "2018-05-29" });
        await AddMemberAsync(admin, otherBoard, new { fullName = "Đặng Minh Hưng", userId, position = "Member", termStart = "2019-01-01" });
        // A seat that starts later gives nothing yet.
        await AddMemberAsync(admin, otherBoard, new
        {
            fullName = "Đặng Minh Hưng", userId, position = "StandingDeputy", termStart = TodayInVietnam.AddDays(30).ToString("yyyy-MM-dd"),
        });

        using (var during = await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword))
        {
            var configuration = await GetConfigurationAsync(during);
            configuration["currentUser"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>())
                .ShouldBe(["viewer", "committee-head", "committee-member"], ignoreOrder: true);
            configuration["auth"]!["grantedPolicies"]!.AsObject().Select(p => p.Key).ShouldContain(CommitteesPermission);
        }

        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/end-member-term",
            new { memberId = seat, termEnd = TodayInVietnam.AddDays(-2).ToString("yyyy-MM-dd") }, HttpStatusCode.OK);

        using var after = await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
        var roles = (await GetConfigurationAsync(after))["currentUser"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        roles.ShouldBe(["viewer", "committee-member"], ignoreOrder: true);
        // The user's own role rows were never touched.
        (await admin.GetJsonAsync<JsonObject>($"/api/identity/users/{userId}"))["roleNames"]!.AsArray()
            .Select(r => r!.GetValue<string>()).ShouldBe(["viewer"]);
    }
}

[Collection(Collections.Sqlite)]
public sealed class Committees_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : Committees_Tests<SqliteAppFixture>(fixture, tenant);

// On both databases: folded search, terms compared by calendar date in queries, history ordered by the database.
[Collection(Collections.MySql)]
public sealed class Committees_MySql_Tests(MySqlAppFixture fixture, ClassShared<TestTenant> tenant)
    : Committees_Tests<MySqlAppFixture>(fixture, tenant);

/// <summary>A committee's member rules (one head, valid fields), checked before anything is written: SQLite only.</summary>
public abstract class CommitteeMemberRules_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_refuse_two_heads_at_once_and_name_invalid_member_fields()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var board = await CreateCommitteeAsync(admin, "Ban vận động huyện");
        await AddMemberAsync(admin, board, new { fullName = "Trần Thị D", position = "Head", termStart = "2019-01-01" });

        var secondHead = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/member",
            new { fullName = "Nguyễn Văn E", position = "Head", termStart = "2020-01-01" }, HttpStatusCode.BadRequest);
        var empty = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/member", new { }, HttpStatusCode.BadRequest);
        var backwards = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/member",
            new { fullName = "Phạm Văn G", position = "Member", termStart = "2020-01-01", termEnd = "2019-12-31" }, HttpStatusCode.BadRequest);
        var unknownUnit = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/member",
            new { fullName = "Phạm Văn H", position = "Member", termStart = "2020-01-01", unitId = Guid.NewGuid() }, HttpStatusCode.BadRequest);

        ValidationMembers(secondHead).ShouldBe(["position"]);
        secondHead!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("Trưởng ban");
        ValidationMembers(empty).ShouldBe(["fullName", "position", "termStart"], ignoreOrder: true);
        ValidationMembers(backwards).ShouldBe(["termEnd"]);
        ValidationMembers(unknownUnit).ShouldBe(["unitId"]);
        // Deputy heads and members are many.
        await AddMemberAsync(admin, board, new { fullName = "Võ Văn D", position = "DeputyHead", termStart = "2019-01-01" });
        await AddMemberAsync(admin, board, new { fullName = "Vũ Thị D", position = "DeputyHead", termStart = "2019-01-01" });
    }
}

[Collection(Collections.Sqlite)]
public sealed class CommitteeMemberRules_Sqlite_Tests(SqliteAppFixture fixture) : CommitteeMemberRules_Tests<SqliteAppFixture>(fixture);
