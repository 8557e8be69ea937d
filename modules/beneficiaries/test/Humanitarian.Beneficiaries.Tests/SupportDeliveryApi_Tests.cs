using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>Support deliveries through the API: counted toward the commitment, checked against it, nothing lost when two arrive at once.</summary>
public abstract class SupportDeliveryApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/support-delivery";
    private const string Sponsorships = "/api/app/sponsorship";

    [Fact]
    public async Task Should_count_deliveries_toward_the_commitment_and_flag_a_sponsorship_that_falls_behind()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var today = VietnamToday();
        var start = today.AddMonths(-3);
        var sponsorship = await CreateSponsorshipAsync(admin, await CreateAddressAsync(admin, "Đinh Văn Lực"), 300_000, start);
        var behind = await admin.GetJsonAsync<JsonObject>($"{Sponsorships}/{sponsorship}");
        behind["isBehind"]!.GetValue<bool>().ShouldBeTrue("three committed months have ended with nothing delivered");
        Ids((await admin.GetJsonAsync<JsonObject>($"{Sponsorships}?isBehind=true"))["items"]).ShouldBe([sponsorship]);

        var delivery = await admin.SendExpectingAsync(HttpMethod.Post, Url, new
        {
            sponsorshipId = sponsorship, date = today.ToString("yyyy-MM-dd"), kind = "Cash", value = 900_000, description = "Ba tháng đầu",
        }, HttpStatusCode.OK);

        delivery!["humanitarianAddressName"]!.GetValue<string>().ShouldBe("Đinh Văn Lực");
        delivery["sponsorName"]!.GetValue<string>().ShouldBe("Bà Nguyễn Thị Lan");
        var caughtUp = await admin.GetJsonAsync<JsonObject>($"{Sponsorships}/{sponsorship}");
        (caughtUp["deliveredValue"]!.GetValue<long>(), caughtUp["isBehind"]!.GetValue<bool>()).ShouldBe((900_000, false));
        caughtUp["nextDueDate"]!.GetValue<string>().ShouldBe(start.AddMonths(4).ToString("yyyy-MM-dd"));
        (await admin.GetJsonAsync<JsonObject>($"{Sponsorships}?isBehind=true"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?sponsorshipId={sponsorship}&from={today:yyyy-MM-dd}"))["items"])
            .ShouldBe([delivery["id"]!.GetValue<Guid>()]);

        await admin.SendExpectingAsync(HttpMethod.Delete, $"{Url}/{delivery["id"]}", null, HttpStatusCode.OK);
        (await admin.GetJsonAsync<JsonObject>($"{Sponsorships}/{sponsorship}"))["isBehind"]!.GetValue<bool>().ShouldBeTrue("the delivery was withdrawn");
    }

    [Fact]
    public async Task Should_refuse_a_delivery_the_commitment_does_not_cover_or_of_another_tenant_and_write_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var today = VietnamToday();
        var sponsorship = await CreateSponsorshipAsync(admin, await CreateAddressAsync(admin, "Hà Văn Sinh"), 300_000, today.AddMonths(-1));

        foreach (var (client, body, member) in new (ApiClient, object, string)[]
                 {
                     (admin, new { sponsorshipId = sponsorship, date = today.ToString("yyyy-MM-dd"), kind = "Goods", value = 300_000 }, "kind"),
                     (admin, new { sponsorshipId = sponsorship, date = today.AddDays(1).ToString("yyyy-MM-dd"), kind = "Cash", value = 300_000 }, "date"),
                     (admin, new { sponsorshipId = sponsorship, date = today.AddMonths(-2).ToString("yyyy-MM-dd"), kind = "Cash", value = 300_000 }, "date"),
                     (admin, new { sponsorshipId = sponsorship, date = today.ToString("yyyy-MM-dd"), kind = "Cash", value = 0 }, "value"),
                     (stranger, new { sponsorshipId = sponsorship, date = today.ToString("yyyy-MM-dd"), kind = "Cash", value = 300_000 }, "sponsorshipId"),
                 })
        {
            ValidationMembers(await client.SendExpectingAsync(HttpMethod.Post, Url, body, HttpStatusCode.BadRequest)).ShouldBe([member]);
        }

        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await admin.GetJsonAsync<JsonObject>($"{Sponsorships}/{sponsorship}"))["deliveredValue"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_keep_a_sponsorship_with_deliveries_and_their_records_out_of_another_tenants_reach()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var today = VietnamToday();
        var sponsorship = await CreateSponsorshipAsync(admin, await CreateAddressAsync(admin, "Lường Thị Hoa"), 300_000, today.AddMonths(-1));
        var delivery = (await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { sponsorshipId = sponsorship, date = today.ToString("yyyy-MM-dd"), kind = "Cash", value = 300_000 }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        await admin.SendExpectingAsync(HttpMethod.Delete, $"{Sponsorships}/{sponsorship}", null, HttpStatusCode.BadRequest);
        await stranger.SendExpectingAsync(HttpMethod.Get, $"{Url}/{delivery}", null, HttpStatusCode.NotFound);
        await stranger.SendExpectingAsync(HttpMethod.Delete, $"{Url}/{delivery}", null, HttpStatusCode.NotFound);
        (await stranger.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await admin.GetJsonAsync<JsonObject>($"{Url}/{delivery}"))["value"]!.GetValue<long>().ShouldBe(300_000);
    }

    [Fact]
    public async Task Should_neither_lose_nor_double_count_deliveries_recorded_at_the_same_time()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var today = VietnamToday();
        var sponsorship = await CreateSponsorshipAsync(admin, await CreateAddressAsync(admin, "Mùa A Chía"), 300_000, today.AddMonths(-6));

        var statuses = await Task.WhenAll(Enumerable.Range(1, 6).Select(async i =>
        {
            using var response = await admin.SendAsync(HttpMethod.Post, Url,
                new { sponsorshipId = sponsorship, date = today.ToString("yyyy-MM-dd"), kind = "Cash", value = 100_000 * i });
            return response.StatusCode;
        }));

        // A conflicting save is refused whole (409, the client sends it again); none is half-counted.
        statuses.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        var recorded = (await admin.GetJsonAsync<JsonObject>($"{Url}?sponsorshipId={sponsorship}&maxResultCount=100"))["items"]!.AsArray();
        recorded.Count.ShouldBe(statuses.Count(s => s == HttpStatusCode.OK));
        (await admin.GetJsonAsync<JsonObject>($"{Sponsorships}/{sponsorship}"))["deliveredValue"]!.GetValue<long>()
            .ShouldBe(recorded.Sum(d => d!["value"]!.GetValue<long>()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class SupportDeliveryApi_Sqlite_Tests(SqliteAppFixture fixture) : SupportDeliveryApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class SupportDeliveryApi_MySql_Tests(MySqlAppFixture fixture) : SupportDeliveryApi_Tests<MySqlAppFixture>(fixture);
