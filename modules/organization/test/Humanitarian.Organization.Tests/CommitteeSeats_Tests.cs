using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;
using static Humanitarian.Organization.Tests.CommitteeSeating;

namespace Humanitarian.Organization.Tests;

/// <summary>
/// A committee seat gives its user a role, so seating a user is role assignment: it needs its own
/// permission, only an active user of the tenant can be seated, and the tenant admin decides which role
/// each position confers (never the administrator's).
/// </summary>
public abstract class CommitteeSeats_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static async Task<List<string>> RolesAsync(ApiClient client) =>
        (await GetConfigurationAsync(client))["currentUser"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();

    [Fact]
    public async Task Should_not_let_a_standing_deputy_seat_itself_or_anyone_as_a_user()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var deputyName = UniqueName("pho-ban");
        var deputyId = await CreateUserAsync(admin, deputyName, null, "standing-deputy");
        var viewerId = await CreateUserAsync(admin, UniqueName("xem"), null, "viewer");
        using var deputy = await fixture.SignInAsync(tenant.Name, deputyName, TestTenant.AdminPassword);
        var committee = await CreateSteeringCommitteeAsync(deputy);

        // The reported attack: a committee of its own with itself as Head; and a viewer seated as a member.
        (await SeatAsync(deputy, committee, deputyId)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SeatAsync(deputy, committee, viewerId, "Member")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Seating a person without an account is still its job, and correcting the name keeps working...
        var seat = (await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{committee}/member",
            new { fullName = "Trần Văn Bảy", position = "Head", termStart = "2020-01-01" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        await deputy.SendExpectingAsync(HttpMethod.Put, $"/api/app/committee/{committee}/member/{seat}",
            new { fullName = "Trần Văn Tám" }, HttpStatusCode.OK);
        // ...but linking the seat to an account afterwards is not.
        (await deputy.PutAsync($"/api/app/committee/{committee}/member/{seat}", new { fullName = "Trần Văn Tám", userId = deputyId }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var again = await fixture.SignInAsync(tenant.Name, deputyName, TestTenant.AdminPassword);
        (await RolesAsync(again)).ShouldBe(["standing-deputy"]);
    }

    [Fact]
    public async Task Should_confer_the_roles_the_tenant_admin_chose_and_never_admin()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var headName = UniqueName("truong-ban");
        var headId = await CreateUserAsync(admin, headName, null);
        var committee = await CreateSteeringCommitteeAsync(admin);
        (await SeatAsync(admin, committee, headId)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var head = await fixture.SignInAsync(tenant.Name, headName, TestTenant.AdminPassword);
        (await RolesAsync(head)).ShouldBe(["committee-head"]);
        var defaults = await admin.GetJsonAsync<JsonObject>("/api/app/committee-seat-role");
        defaults["items"]!.AsArray().Single(i => i!["position"]!.GetValue<string>() == "Head")!["roleName"]!.GetValue<string>()
            .ShouldBe("committee-head");

        var toAdmin = await admin.SendExpectingAsync(HttpMethod.Put, "/api/app/committee-seat-role",
            new { items = new object[] { new { position = "Head", roleName = "ADMIN" } } }, HttpStatusCode.BadRequest);
        ValidationMembers(toAdmin).ShouldBe(["items[0].roleName"]);
        var unknown = await admin.SendExpectingAsync(HttpMethod.Put, "/api/app/committee-seat-role",
            new { items = new object[] { new { position = "Member", roleName = "" }, new { position = "Head", roleName = "khong-co" } } },
            HttpStatusCode.BadRequest);
        ValidationMembers(unknown).ShouldBe(["items[1].roleName"]);

        await admin.SendExpectingAsync(HttpMethod.Put, "/api/app/committee-seat-role",
            new { items = new object[] { new { position = "Head", roleName = "viewer" }, new { position = "Member", roleName = "committee-member" } } },
            HttpStatusCode.OK);

        // The head's role changed: the session it had ends, and the next sign-in carries the new role.
        (await GetConfigurationAsync(head))["currentUser"]!["isAuthenticated"]!.GetValue<bool>().ShouldBeFalse();
        using var afterwards = await fixture.SignInAsync(tenant.Name, headName, TestTenant.AdminPassword);
        (await RolesAsync(afterwards)).ShouldBe(["viewer"]);
        var chosen = (await admin.GetJsonAsync<JsonObject>("/api/app/committee-seat-role"))["items"]!.AsArray();
        chosen.Single(i => i!["position"]!.GetValue<string>() == "StandingDeputy")!["roleName"].ShouldBeNull();
    }

    [Fact]
    public async Task Should_let_only_the_admin_choose_what_seats_confer()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var deputyName = UniqueName("pho-ban");
        await CreateUserAsync(admin, deputyName, null, "standing-deputy");
        using var deputy = await fixture.SignInAsync(tenant.Name, deputyName, TestTenant.AdminPassword);

        (await deputy.GetAsync("/api/app/committee-seat-role")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await deputy.PutAsync("/api/app/committee-seat-role",
            new { items = new object[] { new { position = "StandingDeputy", roleName = "standing-deputy" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CommitteeSeats_Sqlite_Tests(SqliteAppFixture fixture) : CommitteeSeats_Tests<SqliteAppFixture>(fixture);

/// <summary>Only an active user of the tenant can take a seat.</summary>
public abstract class CommitteeSeatUsers_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_seat_only_an_active_user_of_the_tenant()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var otherTenant = await CreateTenantAsync(fixture);
        using var otherAdmin = await SignInAdminAsync(fixture, otherTenant);
        var foreignUser = await CreateUserAsync(otherAdmin, UniqueName("ngoai"), null, "viewer");
        var inactive = await CreateUserAsync(admin, UniqueName("khoa"), null, "viewer");
        var user = (await admin.GetJsonAsync<JsonObject>($"/api/identity/users/{inactive}"));
        user["isActive"] = false;
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/identity/users/{inactive}", user, HttpStatusCode.OK);
        var committee = await CreateSteeringCommitteeAsync(admin);

        foreach (var userId in new[] { Guid.NewGuid(), foreignUser, inactive })
        {
            var refused = await SeatAsync(admin, committee, userId, "Member");
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            ValidationMembers(await refused.Content.ReadFromJsonAsync<JsonObject>()).ShouldBe(["userId"]);
        }
        (await admin.GetJsonAsync<JsonObject>($"/api/app/committee/{committee}/members?includeEnded=true"))["items"]!.AsArray().ShouldBeEmpty();

        var active = await CreateUserAsync(admin, UniqueName("dung"), null, "viewer");
        (await SeatAsync(admin, committee, active, "Member")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CommitteeSeatUsers_Sqlite_Tests(SqliteAppFixture fixture) : CommitteeSeatUsers_Tests<SqliteAppFixture>(fixture);

// On both databases: the user is looked up through the tenant filter (another tenant's user does not exist).
[Collection(Collections.MySql)]
public sealed class CommitteeSeatUsers_MySql_Tests(MySqlAppFixture fixture) : CommitteeSeatUsers_Tests<MySqlAppFixture>(fixture);

/// <summary>A committee to seat people on, and a seat taken.</summary>
public static class CommitteeSeating
{
    public static Task<Guid> CreateSteeringCommitteeAsync(ApiClient client) =>
        TenantTestData.CreateCommitteeAsync(client, UniqueName("Ban Chỉ đạo"), "SteeringCommittee");

    public static Task<HttpResponseMessage> SeatAsync(ApiClient client, Guid committee, Guid? userId, string position = "Head") =>
        client.PostAsync($"/api/app/committee/{committee}/member",
            new { fullName = "Trần Văn Bảy", userId, position, termStart = "2020-01-01" });
}
