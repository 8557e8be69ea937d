using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>The review queue of probable duplicates: pairs shown once, merged with nothing lost, or confirmed as two people for good.</summary>
public abstract class AddressDuplicates_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/address-duplicate";
    private const string Addresses = "/api/app/humanitarian-address";

    [Fact]
    public async Task Should_show_each_pair_once_and_never_again_once_confirmed_as_two_people()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var ngoc = await CreateAsync(admin, new { fullName = "Lê Thị Ngọc", birthYear = 1948, commune = "Xã Hải Lăng" });
        var ngocAgain = await CreateAsync(admin, new { fullName = "LE THI NGOC", birthYear = 1948, commune = "xa hai lang" });
        var byId = await CreateAsync(admin, new { fullName = "Phan Văn Đức", birthYear = 1955, nationalId = "045055001234", sex = "Male" });
        var byIdAgain = await CreateAsync(admin, new { fullName = "Phan Duc", birthYear = 1955, nationalId = "045055001234", sex = "Male" });
        await CreateAsync(admin, new { fullName = "Lê Thị Ngọc", birthYear = 1949, commune = "Xã Hải Lăng" });

        var pairs = await PairsAsync(admin);

        pairs.Select(p => (p.Reason, Both(p.First, p.Second))).OrderBy(p => p.Reason).ShouldBe(
        [
            ("SameNameBirthYearCommune", Both(ngoc, ngocAgain)),
            ("SameNationalId", Both(byId, byIdAgain)),
        ]);

        await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { addressId = ngocAgain, otherAddressId = ngoc }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { addressId = ngoc, otherAddressId = ngocAgain }, HttpStatusCode.OK);

        (await PairsAsync(admin)).ShouldHaveSingleItem().Reason.ShouldBe("SameNationalId");
        (await admin.GetJsonAsync<JsonObject>($"{Addresses}/{ngoc}/possible-duplicates"))["items"]!.AsArray().ShouldBeEmpty();
        Ids((await admin.GetJsonAsync<JsonObject>($"{Addresses}?duplicatesOnly=true"))["items"]).Order().ShouldBe(new[] { byId, byIdAgain }.Order());
    }

    [Fact]
    public async Task Should_merge_a_duplicate_moving_its_sponsorships_and_deliveries_and_filling_what_the_kept_record_lacked()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var today = VietnamToday();
        var kept = await CreateAsync(admin, new { fullName = "Trần Văn Tám", birthYear = 1952, commune = "Xã Triệu Phong", categories = new[] { "WarVictim" } });
        var duplicate = await CreateAsync(admin, new
        {
            fullName = "TRAN VAN TAM", birthYear = 1952, commune = "Xã Triệu Phong", phone = "0912345678", categories = new[] { "LonelyElderly" },
        });
        var keptSponsorship = await CreateSponsorshipAsync(admin, kept, 300_000, today.AddMonths(-2));
        var movedSponsorship = await CreateSponsorshipAsync(admin, duplicate, 500_000, today.AddMonths(-2));
        await DeliverAsync(admin, keptSponsorship, today, 300_000);
        await DeliverAsync(admin, movedSponsorship, today, 500_000);
        await DeliverAsync(admin, movedSponsorship, today.AddDays(-1), 500_000);

        var merged = await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = kept, duplicateId = duplicate }, HttpStatusCode.OK);

        merged!["id"]!.GetValue<Guid>().ShouldBe(kept);
        merged["phone"]!.GetValue<string>().ShouldBe("0912345678", "the kept record lacked a phone");
        merged["categories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["WarVictim", "LonelyElderly"]);
        merged["status"]!.GetValue<string>().ShouldBe("Supported");
        await admin.SendExpectingAsync(HttpMethod.Get, $"{Addresses}/{duplicate}", null, HttpStatusCode.NotFound);
        Ids((await admin.GetJsonAsync<JsonObject>($"/api/app/sponsorship?humanitarianAddressId={kept}"))["items"]).Order()
            .ShouldBe(new[] { keptSponsorship, movedSponsorship }.Order());
        var deliveries = (await admin.GetJsonAsync<JsonObject>($"/api/app/support-delivery?humanitarianAddressId={kept}"))["items"]!.AsArray();
        deliveries.Select(d => d!["value"]!.GetValue<long>()).Sum().ShouldBe(1_300_000);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/sponsorship/{movedSponsorship}"))["deliveredValue"]!.GetValue<long>().ShouldBe(1_000_000);
        (await PairsAsync(admin)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_to_merge_two_national_ids_the_same_record_or_another_tenants_and_change_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var one = await CreateAsync(admin, new { fullName = "Hồ Văn Lợi", birthYear = 1960, commune = "Xã Vĩnh Linh", nationalId = "045060001111", sex = "Male" });
        var other = await CreateAsync(admin, new { fullName = "Hồ Văn Lợi", birthYear = 1960, commune = "Xã Vĩnh Linh", nationalId = "045060002222", sex = "Male" });
        var strangers = await CreateAsync(stranger, new { fullName = "Hồ Văn Lợi", birthYear = 1960, commune = "Xã Vĩnh Linh" });

        var twoPeople = await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = one, duplicateId = other }, HttpStatusCode.BadRequest);
        ValidationMembers(twoPeople).ShouldBe(["duplicateId"]);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = one, duplicateId = one }, HttpStatusCode.BadRequest))
            .ShouldBe(["duplicateId"]);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = one, duplicateId = strangers }, HttpStatusCode.BadRequest))
            .ShouldBe(["duplicateId"]);
        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { addressId = strangers, otherAddressId = one }, HttpStatusCode.BadRequest))
            .ShouldBe(["otherAddressId"]);

        (await admin.GetJsonAsync<JsonObject>($"{Addresses}/{other}"))["fullName"]!.GetValue<string>().ShouldBe("Hồ Văn Lợi");
        (await stranger.GetJsonAsync<JsonObject>($"{Addresses}/{strangers}"))["fullName"]!.GetValue<string>().ShouldBe("Hồ Văn Lợi");
        (await PairsAsync(admin)).ShouldHaveSingleItem().Reason.ShouldBe("SameNameBirthYearCommune");
        (await PairsAsync(stranger)).ShouldBeEmpty("the other tenant's twin is no pair of its own");
    }

    [Fact]
    public async Task Should_show_a_unit_officer_its_units_pairs_and_leave_merging_to_those_who_may_delete()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var own = await CreateUnitAsync(admin, "GL", "Hội Chữ thập đỏ xã Gio Linh", "RedCrossChapter");
        var elsewhere = await CreateUnitAsync(admin, "CL", "Hội Chữ thập đỏ xã Cam Lộ", "RedCrossChapter");
        var mine = await CreateAsync(admin, new { fullName = "Võ Thị Sen", birthYear = 1958, commune = "Xã Gio Linh", surveyingUnitId = own });
        var mineAgain = await CreateAsync(admin, new { fullName = "Vo Thi Sen", birthYear = 1958, commune = "Xã Gio Linh", surveyingUnitId = own });
        await CreateAsync(admin, new { fullName = "Võ Thị Sen", birthYear = 1958, commune = "Xã Gio Linh", surveyingUnitId = elsewhere });
        var officerName = UniqueName("unit-officer");
        await CreateUserAsync(admin, officerName, own, "unit-officer");
        using var officer = await fixture.SignInAsync(tenant.Name, officerName, TestTenant.AdminPassword);

        var seen = (await PairsAsync(officer)).ShouldHaveSingleItem();
        new[] { seen.First, seen.Second }.Order().ShouldBe(new[] { mine, mineAgain }.Order());
        (await PairsAsync(admin)).Count.ShouldBe(3);
        await officer.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = mine, duplicateId = mineAgain }, HttpStatusCode.Forbidden);
        await officer.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { addressId = mine, otherAddressId = mineAgain }, HttpStatusCode.OK);
        (await PairsAsync(officer)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_merge_once_when_two_reviewers_merge_a_pair_each_way_at_the_same_time()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var a = await CreateAsync(admin, new { fullName = "Nguyễn Thị Bưởi", birthYear = 1962, commune = "Xã Cam Lộ" });
        var b = await CreateAsync(admin, new { fullName = "Nguyen Thi Buoi", birthYear = 1962, commune = "Xã Cam Lộ" });

        var statuses = await Task.WhenAll(
            MergeStatusAsync(admin, a, b), MergeStatusAsync(admin, b, a), MergeStatusAsync(admin, a, b), MergeStatusAsync(admin, b, a));

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", statuses));
        statuses.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict || s == HttpStatusCode.BadRequest);
        var left = Ids((await admin.GetJsonAsync<JsonObject>($"{Addresses}?filter=buoi"))["items"]);
        left.ShouldHaveSingleItem().ShouldBeOneOf(a, b);
    }

    /// <summary>A pair whichever side came first.</summary>
    private static string Both(Guid one, Guid other) => string.Join(" ", new[] { one, other }.Order());

    private static async Task<HttpStatusCode> MergeStatusAsync(ApiClient client, Guid kept, Guid duplicate)
    {
        using var response = await client.SendAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = kept, duplicateId = duplicate });
        return response.StatusCode;
    }

    private static async Task<List<(string Reason, Guid First, Guid Second)>> PairsAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonObject>($"{Url}?maxResultCount=100"))["items"]!.AsArray()
        .Select(p => (p!["reason"]!.GetValue<string>(), p["first"]!["address"]!["id"]!.GetValue<Guid>(), p["second"]!["address"]!["id"]!.GetValue<Guid>()))
        .ToList();

    private static async Task DeliverAsync(ApiClient client, Guid sponsorship, DateOnly date, long value) =>
        await client.SendExpectingAsync(HttpMethod.Post, "/api/app/support-delivery",
            new { sponsorshipId = sponsorship, date = date.ToString("yyyy-MM-dd"), kind = "Cash", value }, HttpStatusCode.OK);

    private static async Task<Guid> CreateAsync(ApiClient client, object address) =>
        (await client.SendExpectingAsync(HttpMethod.Post, Addresses, address, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
}

[Collection(Collections.Sqlite)]
public sealed class AddressDuplicates_Sqlite_Tests(SqliteAppFixture fixture) : AddressDuplicates_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class AddressDuplicates_MySql_Tests(MySqlAppFixture fixture) : AddressDuplicates_Tests<MySqlAppFixture>(fixture);
