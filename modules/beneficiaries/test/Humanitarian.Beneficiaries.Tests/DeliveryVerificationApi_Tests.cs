using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// Delivery verification rounds through the API: a sample of the period's deliveries the caller can see,
/// outcomes recorded, rates per sponsor and per unit, and nothing of another tenant's or unit's.
/// </summary>
public abstract class DeliveryVerificationApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/delivery-verification";

    private static readonly DateOnly Today = VietnamToday();
    private static readonly DateOnly From = Today.AddDays(-20);
    private static readonly DateOnly To = Today.AddDays(-10);

    [Fact]
    public async Task Should_draw_distinct_deliveries_of_the_period_as_many_as_asked()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var inPeriod = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var sponsorship = await SponsorAsync(admin, await CreateAddressAsync(admin, $"Lò Văn Pó {i}"), "Bà Nguyễn Thị Lan");
            inPeriod.Add(await DeliverAsync(admin, sponsorship, From.AddDays(i * 2)));
            if (i < 2)
            {
                await DeliverAsync(admin, sponsorship, i == 0 ? From.AddDays(-1) : To.AddDays(1));
            }
        }

        var half = await CreateAsync(admin, new { name = "Quý IV", from = Iso(From), to = Iso(To), samplePercent = 50 });
        var all = await CreateAsync(admin, new { from = Iso(From), to = Iso(To), sampleSize = 10 });

        (half["populationCount"]!.GetValue<int>(), half["sampledCount"]!.GetValue<int>()).ShouldBe((5, 3), "50% of 5, rounded up");
        var drawn = Deliveries(half);
        drawn.Count.ShouldBe(3);
        drawn.ShouldBeUnique();
        drawn.ShouldBeSubsetOf(inPeriod);
        Items(half).ShouldAllBe(i => i!["outcome"]!.GetValue<string>() == "Pending" && i["humanitarianAddressName"]!.GetValue<string>().StartsWith("Lò Văn Pó"));
        Items(half).Select(i => DateOnly.Parse(i!["deliveryDate"]!.GetValue<string>())).ShouldAllBe(d => d >= From && d <= To);
        Deliveries(all).Order().ShouldBe(inPeriod.Order(), "a size larger than the period takes all of it");
        var list = await admin.GetJsonAsync<JsonObject>($"{Url}?sorting=creationTime");
        Ids(list["items"]).ShouldBe([Id(half), Id(all)]);
        list["items"]![0]!["name"]!.GetValue<string>().ShouldBe("Quý IV");
    }

    [Fact]
    public async Task Should_record_outcomes_and_work_out_the_rates_per_sponsor_and_per_surveying_unit()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var muongPhang = await CreateUnitAsync(admin, "MP", "Hội Chữ thập đỏ xã Mường Phăng", "RedCrossChapter");
        var thanhNua = await CreateUnitAsync(admin, "TN", "Hội Chữ thập đỏ xã Thanh Nưa", "RedCrossChapter");
        var first = await SurveyedAsync(admin, "Quàng Văn Mến", muongPhang);
        var second = await SurveyedAsync(admin, "Lò Thị Xuân", muongPhang);
        var third = await SurveyedAsync(admin, "Cà Văn Thắng", thanhNua);
        await DeliverAsync(admin, await SponsorAsync(admin, first, "Công ty TNHH Minh Phát"), From);
        await DeliverAsync(admin, await SponsorAsync(admin, second, "Bà Nguyễn Thị Lan"), From.AddDays(1));
        await DeliverAsync(admin, await SponsorAsync(admin, third, "Công ty TNHH Minh Phát"), From.AddDays(2));
        var round = await CreateAsync(admin, new { from = Iso(From), to = Iso(To), sampleSize = 3 });
        var id = Id(round);
        var itemOf = Items(round).ToDictionary(i => i!["humanitarianAddressName"]!.GetValue<string>(), i => i!["id"]!.GetValue<Guid>());

        var pending = await admin.GetJsonAsync<JsonObject>($"{Url}/{id}/rates");
        pending["bySponsor"]!.AsArray().ShouldAllBe(r => r!["rate"] == null && r["sampled"]!.GetValue<int>() > 0);

        var recorded = await RecordAsync(admin, id, new { itemId = itemOf["Quàng Văn Mến"], outcome = "Received", amountReceived = 300_000 }, HttpStatusCode.OK);
        await RecordAsync(admin, id, new { itemId = itemOf["Lò Thị Xuân"], outcome = "NotReceived", note = "Gia đình cho biết chưa nhận" }, HttpStatusCode.OK);
        await RecordAsync(admin, id, new { itemId = itemOf["Cà Văn Thắng"], outcome = "ReceivedWithIssues", amountReceived = 200_000, note = "Thiếu 100.000 đồng" }, HttpStatusCode.OK);

        (recorded!["outcome"]!.GetValue<string>(), recorded["amountReceived"]!.GetValue<long>()).ShouldBe(("Received", 300_000));
        recorded["verifiedBy"].ShouldNotBeNull();
        var rates = await admin.GetJsonAsync<JsonObject>($"{Url}/{id}/rates");
        Rates(rates["bySponsor"], "sponsorName").ShouldBe([
            ("Bà Nguyễn Thị Lan", 1, 1, 0, 1, 0, 0m),
            ("Công ty TNHH Minh Phát", 2, 2, 1, 0, 1, 1m),
        ]);
        Rates(rates["byUnit"], "unitName").ShouldBe([
            ("Hội Chữ thập đỏ xã Mường Phăng", 2, 2, 1, 1, 0, 0.5m),
            ("Hội Chữ thập đỏ xã Thanh Nưa", 1, 1, 0, 0, 1, 1m),
        ]);
        var listed = (await admin.GetJsonAsync<JsonObject>(Url))["items"]![0]!;
        (listed["sampledCount"]!.GetValue<int>(), listed["verifiedCount"]!.GetValue<int>()).ShouldBe((3, 3));

        var sheet = await DownloadAsync(admin, $"{Url}/{id}/export-excel");
        sheet.Select(r => (r["Địa chỉ nhân đạo"], r["Kết quả xác minh"])).ShouldBe([
            ("Quàng Văn Mến", "Đã nhận"), ("Lò Thị Xuân", "Không nhận được"), ("Cà Văn Thắng", "Đã nhận, có vấn đề"),
        ]);
        Convert.ToInt64(sheet[2]["Số tiền đã nhận"]).ShouldBe(200_000);
    }

    [Fact]
    public async Task Should_draw_and_show_a_unit_officer_only_the_deliveries_and_rounds_of_their_units()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var own = await CreateUnitAsync(admin, "TD", "Hội Chữ thập đỏ xã Tân Định", "RedCrossChapter");
        var other = await CreateUnitAsync(admin, "BT", "Hội Chữ thập đỏ xã Bình Thạnh", "RedCrossChapter");
        var ownDelivery = await DeliverAsync(admin, await SponsorAsync(admin, await SurveyedAsync(admin, "Trịnh Văn Lộc", own), "Bà Lan"), From);
        await DeliverAsync(admin, await SponsorAsync(admin, await SurveyedAsync(admin, "Lê Văn Tám", other), "Bà Lan"), From);
        await DeliverAsync(admin, await SponsorAsync(admin, await CreateAddressAsync(admin, "Đinh Thị Hoa"), "Bà Lan"), From);
        var officerName = UniqueName("officer");
        await CreateUserAsync(admin, officerName, own, "unit-officer");
        using var officer = await fixture.SignInAsync(tenant.Name, officerName, TestTenant.AdminPassword);

        var officersRound = await CreateAsync(officer, new { from = Iso(From), to = Iso(To), sampleSize = 100 });
        var tenantsRound = await CreateAsync(admin, new { from = Iso(From), to = Iso(To), sampleSize = 100 });

        Deliveries(officersRound).ShouldBe([ownDelivery]);
        tenantsRound["sampledCount"]!.GetValue<int>().ShouldBe(3);
        Ids((await officer.GetJsonAsync<JsonObject>(Url))["items"]).ShouldBe([Id(officersRound)]);
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?sorting=creationTime"))["items"]).ShouldBe([Id(officersRound), Id(tenantsRound)]);
        await officer.SendExpectingAsync(HttpMethod.Get, $"{Url}/{Id(tenantsRound)}", null, HttpStatusCode.NotFound);
        await RecordAsync(officer, Id(tenantsRound), new { itemId = Items(tenantsRound)[0]!["id"], outcome = "NotReceived" }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_keep_a_round_out_of_another_tenants_reach()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        await DeliverAsync(admin, await SponsorAsync(admin, await CreateAddressAsync(admin, "Mùa A Chía"), "Bà Lan"), From);
        var round = await CreateAsync(admin, new { from = Iso(From), to = Iso(To), samplePercent = 5 });
        var id = Id(round);

        await stranger.SendExpectingAsync(HttpMethod.Get, $"{Url}/{id}", null, HttpStatusCode.NotFound);
        await stranger.SendExpectingAsync(HttpMethod.Get, $"{Url}/{id}/rates", null, HttpStatusCode.NotFound);
        (await stranger.GetAsync($"{Url}/{id}/export-excel")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await RecordAsync(stranger, id, new { itemId = Items(round)[0]!["id"], outcome = "NotReceived" }, HttpStatusCode.NotFound);
        (await stranger.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, Url,
            new { from = Iso(From), to = Iso(To), sampleSize = 5 }, HttpStatusCode.BadRequest)).ShouldBe(["from", "to"]);
        (await admin.GetJsonAsync<JsonObject>($"{Url}/{id}"))["verifiedCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_bad_input_naming_the_field_and_write_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var empty = await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { from = Iso(From), to = Iso(To), samplePercent = 5 }, HttpStatusCode.BadRequest);
        ValidationMembers(empty).ShouldBe(["from", "to"]);
        empty!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith("Không có lần trao hỗ trợ nào từ ngày");

        await DeliverAsync(admin, await SponsorAsync(admin, await CreateAddressAsync(admin, "Hà Văn Sinh"), "Bà Lan"), From);
        foreach (var (body, members) in new (object, string[])[]
                 {
                     (new { from = Iso(From), to = Iso(To) }, ["samplePercent", "sampleSize"]),
                     (new { from = Iso(From), to = Iso(To), samplePercent = 5, sampleSize = 10 }, ["samplePercent", "sampleSize"]),
                     (new { from = Iso(From), to = Iso(To), samplePercent = 0 }, ["samplePercent"]),
                     (new { from = Iso(From), to = Iso(To), samplePercent = 101 }, ["samplePercent"]),
                     (new { from = Iso(From), to = Iso(To), sampleSize = 1001 }, ["sampleSize"]),
                     (new { from = Iso(To), to = Iso(From), sampleSize = 1 }, ["to"]),
                 })
        {
            ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url, body, HttpStatusCode.BadRequest)).ShouldBe(members);
        }
        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);

        var round = await CreateAsync(admin, new { from = Iso(From), to = Iso(To), sampleSize = 1 });
        var item = Items(round)[0]!["id"]!.GetValue<Guid>();
        foreach (var (body, member) in new (object, string)[]
                 {
                     (new { itemId = item, outcome = "Pending" }, "outcome"),
                     (new { itemId = item, outcome = "Received" }, "amountReceived"),
                     (new { itemId = item, outcome = "Received", amountReceived = -1 }, "amountReceived"),
                     (new { itemId = item, outcome = "NotReceived", amountReceived = 5 }, "amountReceived"),
                     (new { itemId = item, outcome = "ReceivedWithIssues", amountReceived = 5 }, "note"),
                     (new { itemId = Guid.NewGuid(), outcome = "NotReceived" }, "itemId"),
                 })
        {
            ValidationMembers(await RecordAsync(admin, Id(round), body, HttpStatusCode.BadRequest)).ShouldBe([member]);
        }
        (await admin.GetJsonAsync<JsonObject>($"{Url}/{Id(round)}"))["verifiedCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_answer_403_to_a_user_without_the_permission_for_it()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        await DeliverAsync(admin, await SponsorAsync(admin, await CreateAddressAsync(admin, "Vàng A Dính"), "Bà Lan"), From);
        var round = await CreateAsync(admin, new { from = Iso(From), to = Iso(To), sampleSize = 1 });
        using var member = await SignInAsAsync(tenant, admin, "committee-member");
        using var head = await SignInAsAsync(tenant, admin, "committee-head");
        var record = new { itemId = Items(round)[0]!["id"], outcome = "NotReceived" };

        await member.SendExpectingAsync(HttpMethod.Get, Url, null, HttpStatusCode.Forbidden);
        await member.SendExpectingAsync(HttpMethod.Get, $"{Url}/{Id(round)}/rates", null, HttpStatusCode.Forbidden);
        (await member.GetAsync($"{Url}/{Id(round)}/export-excel")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The committee head reads the rounds and their rates, but neither draws nor records.
        (await head.GetJsonAsync<JsonObject>($"{Url}/{Id(round)}/rates"))["byUnit"]!.AsArray().Count.ShouldBe(1);
        await head.SendExpectingAsync(HttpMethod.Post, Url, new { from = Iso(From), to = Iso(To), sampleSize = 1 }, HttpStatusCode.Forbidden);
        await RecordAsync(head, Id(round), record, HttpStatusCode.Forbidden);
        await RecordAsync(admin, Id(round), record, HttpStatusCode.OK);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static Guid Id(JsonNode round) => round["id"]!.GetValue<Guid>();

    private static JsonArray Items(JsonNode round) => round["items"]!.AsArray();

    private static List<Guid> Deliveries(JsonNode round) => Items(round).Select(i => i!["supportDeliveryId"]!.GetValue<Guid>()).ToList();

    private static List<(string, int, int, int, int, int, decimal?)> Rates(JsonNode? rows, string name) =>
        rows!.AsArray().Select(r => (r![name]!.GetValue<string>(), r["sampled"]!.GetValue<int>(), r["verified"]!.GetValue<int>(),
            r["received"]!.GetValue<int>(), r["notReceived"]!.GetValue<int>(), r["withIssues"]!.GetValue<int>(), r["rate"]?.GetValue<decimal>())).ToList();

    private static async Task<JsonNode> CreateAsync(ApiClient client, object body) =>
        (await client.SendExpectingAsync(HttpMethod.Post, Url, body, HttpStatusCode.OK))!;

    private static Task<JsonNode?> RecordAsync(ApiClient client, Guid round, object body, HttpStatusCode expected) =>
        client.SendExpectingAsync(HttpMethod.Post, $"{Url}/{round}/record", body, expected);

    private static async Task<Guid> SurveyedAsync(ApiClient admin, string fullName, Guid unit) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address",
            new { fullName, birthYear = 1960, commune = "Xã Mường Phăng", surveyingUnitId = unit }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    /// <summary>A cash sponsorship by a sponsor known by name, running since before the period.</summary>
    private static async Task<Guid> SponsorAsync(ApiClient admin, Guid address, string sponsorName) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/sponsorship", new
        {
            humanitarianAddressId = address, sponsorKind = "Other", sponsorName, kind = "Cash", monthlyValue = 300_000,
            startDate = Iso(Today.AddMonths(-2)),
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task<Guid> DeliverAsync(ApiClient admin, Guid sponsorship, DateOnly date) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/support-delivery",
            new { sponsorshipId = sponsorship, date = Iso(date), kind = "Cash", value = 300_000 }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private async Task<ApiClient> SignInAsAsync(TestTenant tenant, ApiClient admin, string role)
    {
        var userName = UniqueName(role);
        await CreateUserAsync(admin, userName, null, role);
        return await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DeliveryVerificationApi_Sqlite_Tests(SqliteAppFixture fixture) : DeliveryVerificationApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class DeliveryVerificationApi_MySql_Tests(MySqlAppFixture fixture) : DeliveryVerificationApi_Tests<MySqlAppFixture>(fixture);
