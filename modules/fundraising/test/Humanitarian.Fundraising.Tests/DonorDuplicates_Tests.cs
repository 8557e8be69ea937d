using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>Probable duplicate donors: flagged, reviewed in pairs, merged without losing a donation, a pledge or a sponsorship.</summary>
public abstract class DonorDuplicates_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/donor-duplicate";

    [Fact]
    public async Task Should_flag_donors_by_tax_code_or_folded_name_with_the_same_phone_or_email()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var anh = await CreateAsync(admin, new { name = "Nguyễn Văn Ánh", phone = "0912 345 678" });
        var anhAgain = await CreateAsync(admin, new { name = "NGUYEN VAN ANH", phone = "+84 912.345.678" });
        var anhElsewhere = await CreateAsync(admin, new { name = "Nguyễn Văn Ánh", phone = "0988 000 111" });
        var company = await CreateAsync(admin, new { name = "Công ty CP Thép Hòa Phát", kind = "Business", taxCode = "0101234567" });
        var sameCompany = await CreateAsync(admin, new { name = "Tập đoàn Hòa Phát", kind = "Business", taxCode = "0101234567" });
        var byEmail = await CreateAsync(admin, new { name = "Trần Thị Bình", email = "binh@example.vn" });
        var byEmailAgain = await CreateAsync(admin, new { name = "tran thi binh", email = "BINH@example.vn" });
        await CreateAsync(stranger, new { name = "Công ty ngoài", kind = "Business", taxCode = "0101234567" });

        var found = (await admin.GetJsonAsync<JsonObject>($"{DonorsUrl}/{anh}/possible-duplicates"))["items"]!.AsArray();
        found.Select(d => (d!["id"]!.GetValue<Guid>(), d["reason"]!.GetValue<string>())).ShouldBe([(anhAgain, "SameNameAndPhone")]);
        Ids((await admin.GetJsonAsync<JsonObject>($"{DonorsUrl}?possibleDuplicates=true&maxResultCount=100"))["items"]).Order()
            .ShouldBe(new[] { anh, anhAgain, company, sameCompany, byEmail, byEmailAgain }.Order());
        (await PairsAsync(admin)).Select(p => (p.Reason, Both(p.First, p.Second))).Order().ShouldBe(new[]
        {
            ("SameNameAndEmail", Both(byEmail, byEmailAgain)), ("SameNameAndPhone", Both(anh, anhAgain)), ("SameTaxCode", Both(company, sameCompany)),
        }.Order());
        (await PairsAsync(admin)).ShouldNotContain(p => p.First == anhElsewhere || p.Second == anhElsewhere);

        // Confirmed twice (a double click) is one answer; the pair is never offered again.
        await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { donorId = company, otherDonorId = sameCompany }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { donorId = sameCompany, otherDonorId = company }, HttpStatusCode.OK);
        (await PairsAsync(admin)).Count.ShouldBe(2);
        (await admin.GetJsonAsync<JsonObject>($"{DonorsUrl}/{company}/possible-duplicates"))["items"]!.AsArray().ShouldBeEmpty();

        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { donorId = anh, otherDonorId = anhAgain },
            HttpStatusCode.BadRequest)).ShouldBe(["donorId"]);
        (await stranger.GetAsync($"{DonorsUrl}/{anh}/possible-duplicates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PairsAsync(stranger)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_merge_a_duplicate_keeping_every_donation_pledge_and_sponsorship()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var kept = await CreateAsync(admin, new { name = "Công ty TNHH Minh Long", kind = "Business", taxCode = "0309876543", publishName = false });
        var duplicate = await CreateAsync(admin, new
        {
            name = "CONG TY TNHH MINH LONG", kind = "Business", taxCode = "0309876543", phone = "028 3822 1234", email = "lienhe@minhlong.vn", publishName = true,
        });
        var today = VietnamToday();
        var first = await DonateAsync(admin, fund, 1_000_000, today, kept);
        var second = await DonateAsync(admin, fund, 2_000_000, today, duplicate);
        var third = await DonateAsync(admin, fund, 3_000_000, today, duplicate);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{third["id"]}/cancel", new { reason = "Chuyển khoản lỗi" }, HttpStatusCode.OK);
        var pledge = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/pledge",
            new { fundId = fund, donorId = duplicate, amount = 2_000_000, dueDate = today.AddMonths(1).ToString("yyyy-MM-dd") }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var address = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address",
            new { fullName = "Lò Thị Mai", birthYear = 2012, commune = "Xã Mường Phăng" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var sponsorship = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/sponsorship", new
        {
            humanitarianAddressId = address, sponsorKind = "Donor", sponsorId = duplicate, kind = "Cash", monthlyValue = 500_000, startDate = today.ToString("yyyy-MM-dd"),
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var side = (await admin.GetJsonAsync<JsonObject>(Url))["items"]![0]!;
        var duplicateSide = side["first"]!["donor"]!["id"]!.GetValue<Guid>() == duplicate ? side["first"]! : side["second"]!;
        (duplicateSide["donations"]!.GetValue<int>(), duplicateSide["donatedAmount"]!.GetValue<long>(), duplicateSide["pledges"]!.GetValue<int>()).ShouldBe((2, 2_000_000, 1));

        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = kept, duplicateId = duplicate },
            HttpStatusCode.BadRequest)).ShouldBe(["keptId"]);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = kept, duplicateId = kept },
            HttpStatusCode.BadRequest)).ShouldBe(["duplicateId"]);
        var merged = await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = kept, duplicateId = duplicate }, HttpStatusCode.OK);

        // The kept donor takes the contacts it lacked and the later recorded consent.
        (merged!["phone"]!.GetValue<string>(), merged["email"]!.GetValue<string>(), merged["publishName"]!.GetValue<bool>())
            .ShouldBe(("028 3822 1234", "lienhe@minhlong.vn", true));
        (await admin.GetAsync($"{DonorsUrl}/{duplicate}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var donations = (await admin.GetJsonAsync<JsonObject>($"{DonationsUrl}?donorId={kept}&maxResultCount=100"))["items"]!.AsArray();
        donations.Select(d => d!["receiptNumber"]!.GetValue<string>()).Order()
            .ShouldBe(new[] { first, second, third }.Select(d => d["receiptNumber"]!.GetValue<string>()).Order());
        (await admin.GetJsonAsync<JsonObject>($"/api/app/pledge/{pledge}"))["donorId"]!.GetValue<Guid>().ShouldBe(kept);
        var moved = await admin.GetJsonAsync<JsonObject>($"/api/app/sponsorship/{sponsorship}");
        (moved["sponsorId"]!.GetValue<Guid>(), moved["sponsorName"]!.GetValue<string>()).ShouldBe((kept, "Công ty TNHH Minh Long"));
        (await BalanceAsync(admin, fund)).ShouldBe(3_000_000);
        (await PairsAsync(admin)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_merging_two_taxpayers_and_carry_confirmed_pairs_over_to_the_kept_donor()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var kept = await CreateAsync(admin, new { name = "Hội Doanh nhân trẻ", kind = "Organization", taxCode = "0100000001", email = "hdnt@example.vn" });
        var otherTaxpayer = await CreateAsync(admin, new { name = "Hội Doanh nhân trẻ", kind = "Organization", taxCode = "0100000002", email = "hdnt@example.vn" });
        var duplicate = await CreateAsync(admin, new { name = "HOI DOANH NHAN TRE", kind = "Organization", email = "hdnt@example.vn" });

        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = kept, duplicateId = otherTaxpayer },
            HttpStatusCode.BadRequest)).ShouldBe(["duplicateId"]);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { donorId = duplicate, otherDonorId = otherTaxpayer }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/dismiss", new { donorId = kept, otherDonorId = otherTaxpayer }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{Url}/merge", new { keptId = kept, duplicateId = duplicate }, HttpStatusCode.OK);

        (await PairsAsync(admin)).ShouldBeEmpty();
        (await admin.GetJsonAsync<JsonObject>($"{DonorsUrl}/{kept}"))["taxCode"]!.GetValue<string>().ShouldBe("0100000001");
    }

    /// <summary>A pair whichever side came first.</summary>
    private static string Both(Guid one, Guid other) => string.Join(" ", new[] { one, other }.Order());

    private static async Task<List<(string Reason, Guid First, Guid Second)>> PairsAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonObject>($"{Url}?maxResultCount=100"))["items"]!.AsArray()
        .Select(p => (p!["reason"]!.GetValue<string>(), p["first"]!["donor"]!["id"]!.GetValue<Guid>(), p["second"]!["donor"]!["id"]!.GetValue<Guid>()))
        .ToList();

    private static async Task<Guid> CreateAsync(ApiClient client, object donor) =>
        (await client.SendExpectingAsync(HttpMethod.Post, DonorsUrl, donor, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
}

[Collection(Collections.Sqlite)]
public sealed class DonorDuplicates_Sqlite_Tests(SqliteAppFixture fixture) : DonorDuplicates_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class DonorDuplicates_MySql_Tests(MySqlAppFixture fixture) : DonorDuplicates_Tests<MySqlAppFixture>(fixture);
