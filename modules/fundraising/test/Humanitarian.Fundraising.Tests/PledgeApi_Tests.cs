using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>Pledges through the API: fulfilled by the donor's donations to the same fund, overdue once the day passes unfulfilled.</summary>
public abstract class PledgeApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/pledge";

    [Fact]
    public async Task Should_count_donations_toward_a_pledge_and_flag_it_overdue_until_fulfilled()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var donor = await CreateDonorAsync(admin, "Ngân hàng TMCP Phương Đông", "Business");
        var today = VietnamToday();
        var late = await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { fundId = fund, donorId = donor, amount = 50_000_000, dueDate = today.AddDays(-1).ToString("yyyy-MM-dd") }, HttpStatusCode.OK);
        var pledge = late!["id"]!.GetValue<Guid>();
        var onTime = (await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { fundId = fund, donorId = donor, amount = 10_000_000, dueDate = today.AddMonths(1).ToString("yyyy-MM-dd") }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        (late["fulfilledAmount"]!.GetValue<long>(), late["isOverdue"]!.GetValue<bool>()).ShouldBe((0, true));
        // What a pledge names stays: neither the fund nor the donor can be deleted from under it.
        (await admin.SendExpectingAsync(HttpMethod.Delete, $"{FundsUrl}/{fund}", null, HttpStatusCode.BadRequest))!["error"]!["message"]!.GetValue<string>()
            .ShouldContain("cam kết ủng hộ");
        (await admin.SendExpectingAsync(HttpMethod.Delete, $"{DonorsUrl}/{donor}", null, HttpStatusCode.BadRequest))!["error"]!["message"]!.GetValue<string>()
            .ShouldContain("cam kết ủng hộ");

        async Task<Guid> GiveAsync(long amount) => (await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
            new { fundId = fund, donorId = donor, pledgeId = pledge, date = today.ToString("yyyy-MM-dd"), amount }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        await GiveAsync(30_000_000);
        var second = await GiveAsync(20_000_000);
        var met = await admin.GetJsonAsync<JsonObject>($"{Url}/{pledge}");
        (met["fulfilledAmount"]!.GetValue<long>(), met["isOverdue"]!.GetValue<bool>()).ShouldBe((50_000_000, false));
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?isOverdue=false"))["items"]).Order().ShouldBe(new[] { pledge, onTime }.Order());

        await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{second}/cancel", new { reason = "Chuyển khoản bị trả lại" }, HttpStatusCode.OK);
        var reopened = await admin.GetJsonAsync<JsonObject>($"{Url}/{pledge}");
        (reopened["fulfilledAmount"]!.GetValue<long>(), reopened["isOverdue"]!.GetValue<bool>()).ShouldBe((30_000_000, true));
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?isOverdue=true"))["items"]).ShouldBe([pledge]);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Delete, $"{Url}/{pledge}", null, HttpStatusCode.BadRequest)).ShouldBeEmpty();
        await admin.SendExpectingAsync(HttpMethod.Delete, $"{Url}/{onTime}", null, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_follow_a_pledge_in_instalments_overdue_only_while_a_passed_instalment_is_not_covered()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var donor = await CreateDonorAsync(admin, "Công ty CP Bia Sài Gòn", "Business");
        var today = VietnamToday();
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        object[] Schedule(long first) => [new { dueDate = Day(30), amount = 3_000_000 }, new { dueDate = Day(-10), amount = first }, new { dueDate = Day(5), amount = 2_000_000 }];

        var pledge = await admin.SendExpectingAsync(HttpMethod.Post, Url, new { fundId = fund, donorId = donor, amount = 6_000_000, instalments = Schedule(1_000_000) }, HttpStatusCode.OK);
        var id = pledge!["id"]!.GetValue<Guid>();
        (pledge["dueDate"]!.GetValue<string>(), pledge["isOverdue"]!.GetValue<bool>(), pledge["nextDueDate"]!.GetValue<string>()).ShouldBe((Day(30), true, Day(-10)));
        pledge["instalments"]!.AsArray().Select(i => i!["dueDate"]!.GetValue<string>()).ShouldBe([Day(-10), Day(5), Day(30)]);
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?isOverdue=true"))["items"]).ShouldBe([id]);

        await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl, new { fundId = fund, donorId = donor, pledgeId = id, date = Day(0), amount = 1_000_000 }, HttpStatusCode.OK);
        var onTrack = await admin.GetJsonAsync<JsonObject>($"{Url}/{id}");
        (onTrack["isOverdue"]!.GetValue<bool>(), onTrack["nextDueDate"]!.GetValue<string>(), onTrack["fulfilledAmount"]!.GetValue<long>()).ShouldBe((false, Day(5), 1_000_000));
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?isOverdue=true"))["items"]).ShouldBeEmpty();

        foreach (var (body, member) in new (object, string)[]
                 {
                     (new { fundId = fund, donorId = donor, amount = 6_000_000, instalments = Schedule(999_999) }, "instalments"),
                     (new { fundId = fund, donorId = donor, amount = 6_000_000, instalments = new object?[] { null } }, "instalments[0]"),
                     (new { fundId = fund, donorId = donor, amount = 4_000_000, instalments = new[] { new { dueDate = Day(1), amount = 2_000_000 }, new { dueDate = Day(1), amount = 2_000_000 } } }, "instalments"),
                     (new { fundId = fund, donorId = donor, amount = 6_000_000, dueDate = Day(5), instalments = Schedule(1_000_000) }, "dueDate"),
                     (new { fundId = fund, donorId = donor, amount = 6_000_000 }, "dueDate"),
                 })
        {
            ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url, body, HttpStatusCode.BadRequest)).ShouldBe([member], member);
        }
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?fundId={fund}"))["items"]).ShouldBe([id]);
    }

    [Fact]
    public async Task Should_count_a_donation_only_toward_its_own_donors_pledge_in_its_own_tenant()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var otherFund = await CreateFundAsync(admin, name: "Quỹ khác");
        var donor = await CreateDonorAsync(admin, "Bà Hoàng Thị Mai");
        var someoneElse = await CreateDonorAsync(admin, "Ông Phạm Văn Tâm");
        var today = VietnamToday().ToString("yyyy-MM-dd");
        var pledge = (await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { fundId = fund, donorId = donor, amount = 5_000_000, dueDate = today }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var strangersFund = await CreateFundAsync(stranger);
        var strangersDonor = await CreateDonorAsync(stranger, "Người ngoài");
        var strangersPledge = (await stranger.SendExpectingAsync(HttpMethod.Post, Url,
            new { fundId = strangersFund, donorId = strangersDonor, amount = 1_000_000, dueDate = today }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        foreach (var (body, member) in new (object, string)[]
                 {
                     (new { fundId = fund, donorId = someoneElse, pledgeId = pledge, date = today, amount = 1_000_000 }, "pledgeId"),
                     (new { fundId = otherFund, donorId = donor, pledgeId = pledge, date = today, amount = 1_000_000 }, "pledgeId"),
                     (new { fundId = fund, donorId = donor, pledgeId = strangersPledge, date = today, amount = 1_000_000 }, "pledgeId"),
                 })
        {
            ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl, body, HttpStatusCode.BadRequest)).ShouldBe([member]);
        }
        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, Url,
            new { fundId = fund, donorId = strangersDonor, amount = 1_000_000, dueDate = today }, HttpStatusCode.BadRequest)).ShouldBe(["fundId"]);
        (await stranger.GetAsync($"{Url}/{pledge}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<JsonObject>($"{Url}/{pledge}"))["fulfilledAmount"]!.GetValue<long>().ShouldBe(0);
        (await BalanceAsync(admin, fund)).ShouldBe(0);
    }
}

[Collection(Collections.Sqlite)]
public sealed class PledgeApi_Sqlite_Tests(SqliteAppFixture fixture) : PledgeApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class PledgeApi_MySql_Tests(MySqlAppFixture fixture) : PledgeApi_Tests<MySqlAppFixture>(fixture);
