using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// Donations through the API: receipts numbered per fund and year without gaps, even fifty at once;
/// the amount fixed at receipt; a cancellation that keeps its number and takes the money back; bad
/// input refused whole.
/// </summary>
public abstract class DonationApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_number_receipts_per_fund_and_year_and_keep_a_cancelled_ones_number()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var other = await CreateFundAsync(admin, name: "Quỹ Nhân đạo");
        var donor = await CreateDonorAsync(admin, "Công ty TNHH Minh Phát", "Business");
        var today = VietnamToday();
        var lastYear = new DateOnly(today.Year - 1, 12, 31);

        var first = await DonateAsync(admin, fund, 5_000_000, today, donor);
        var second = await DonateAsync(admin, fund, 2_000_000, today);
        var ofLastYear = await DonateAsync(admin, fund, 1_000_000, lastYear);
        var ofOtherFund = await DonateAsync(admin, other, 300_000, today);

        first["receiptNumber"]!.GetValue<string>().ShouldBe($"{today.Year}/000001");
        first["donorName"]!.GetValue<string>().ShouldBe("Công ty TNHH Minh Phát");
        second["receiptNumber"]!.GetValue<string>().ShouldBe($"{today.Year}/000002");
        ofLastYear["receiptNumber"]!.GetValue<string>().ShouldBe($"{today.Year - 1}/000001");
        ofOtherFund["receiptNumber"]!.GetValue<string>().ShouldBe($"{today.Year}/000001");
        (await BalanceAsync(admin, fund)).ShouldBe(8_000_000);

        var cancelled = await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{second["id"]}/cancel",
            new { reason = "Ghi trùng với phiếu thu số 1" }, HttpStatusCode.OK);
        cancelled!["isCancelled"]!.GetValue<bool>().ShouldBeTrue();
        cancelled["receiptNumber"]!.GetValue<string>().ShouldBe($"{today.Year}/000002");
        cancelled["cancellationReason"]!.GetValue<string>().ShouldBe("Ghi trùng với phiếu thu số 1");
        (await BalanceAsync(admin, fund)).ShouldBe(6_000_000);
        (await DonateAsync(admin, fund, 100_000, today))["receiptNumber"]!.GetValue<string>()
            .ShouldBe($"{today.Year}/000003", "a cancelled donation's number stays used");

        var again = await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{second["id"]}/cancel", new { reason = "Lần nữa" }, HttpStatusCode.BadRequest);
        again!["error"]!["message"]!.GetValue<string>().ShouldContain($"{today.Year}/000002");
        (await BalanceAsync(admin, fund)).ShouldBe(6_100_000, "a second cancellation takes nothing back");

        // The list's totals: every gift, a fund's, and a filtered one's (counted, not taken from the receipts).
        foreach (var (query, total) in new[] { ("", 5), ($"?fundId={fund}", 4), ($"?fundId={fund}&isCancelled=false", 3), ($"?fundId={other}", 1) })
        {
            var list = await admin.GetJsonAsync<JsonObject>(DonationsUrl + query);
            list["totalCount"]!.GetValue<long>().ShouldBe(total, query);
            list["items"]!.AsArray().Count.ShouldBe(total, query);
        }

        var ledger = (await admin.GetJsonAsync<JsonObject>($"{FundsUrl}/{fund}/ledger"))["items"]!.AsArray();
        ledger.Select(e => (e!["kind"]!.GetValue<string>(), e["amount"]!.GetValue<long>())).ShouldBe(
        [
            ("Donation", 100_000), ("DonationCancelled", -2_000_000), ("Donation", 1_000_000), ("Donation", 2_000_000), ("Donation", 5_000_000),
        ]);
    }

    [Fact]
    public async Task Should_never_delete_a_donation()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var donation = await DonateAsync(admin, fund, 1_000_000, VietnamToday());

        using var response = await admin.DeleteAsync($"{DonationsUrl}/{donation["id"]}");

        ((int)response.StatusCode).ShouldBeOneOf(400, 405);
        (await ApiClient.ReadErrorAsync(response))["message"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        (await admin.GetJsonAsync<JsonObject>($"{DonationsUrl}/{donation["id"]}"))["isCancelled"]!.GetValue<bool>().ShouldBeFalse();
        (await BalanceAsync(admin, fund)).ShouldBe(1_000_000);
    }

    [Fact]
    public async Task Should_fix_a_foreign_currency_gift_in_dong_at_receipt_and_describe_gifts_in_kind()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var donor = await CreateDonorAsync(admin, "Hội người Việt tại Pháp", "Organization");
        var today = VietnamToday().ToString("yyyy-MM-dd");

        var euros = await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
            new { fundId = fund, donorId = donor, date = today, currency = "eur", foreignAmount = 1_250.50m, exchangeRate = 27_345.5m }, HttpStatusCode.OK);
        var books = await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
            new { fundId = fund, date = today, kind = "InKind", amount = 4_500_000, description = "300 bộ sách giáo khoa lớp 1" }, HttpStatusCode.OK);

        // 1,250.50 × 27,345.5 = 34,195,547.75 đồng, rounded to the đồng.
        (euros!["amount"]!.GetValue<long>(), euros["currency"]!.GetValue<string>(), euros["foreignAmount"]!.GetValue<decimal>(),
            euros["exchangeRate"]!.GetValue<decimal>()).ShouldBe((34_195_548L, "EUR", 1_250.50m, 27_345.5m));
        (books!["kind"]!.GetValue<string>(), books["description"]!.GetValue<string>()).ShouldBe(("InKind", "300 bộ sách giáo khoa lớp 1"));
        (await BalanceAsync(admin, fund)).ShouldBe(34_195_548L + 4_500_000);
    }

    [Fact]
    public async Task Should_refuse_bad_donations_naming_the_field_and_write_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var strangersDonor = await CreateDonorAsync(stranger, "Người ngoài");
        var strangersUnit = await CreateUnitAsync(stranger, UniqueName("U"), "Đơn vị tỉnh khác");
        var today = VietnamToday().ToString("yyyy-MM-dd");

        foreach (var (body, member) in new (object, string)[]
                 {
                     (new { fundId = fund, date = today }, "amount"),
                     (new { fundId = fund, date = today, amount = 0 }, "amount"),
                     (new { fundId = fund, date = today, amount = 1_000, currency = "USD", foreignAmount = 10m, exchangeRate = 25_000m }, "foreignAmount"),
                     (new { fundId = fund, date = today, currency = "USD", foreignAmount = 10m }, "exchangeRate"),
                     (new { fundId = fund, date = today, kind = "InKind", amount = 500_000 }, "description"),
                     (new { fundId = fund, date = VietnamToday().AddDays(1).ToString("yyyy-MM-dd"), amount = 500_000 }, "date"),
                     (new { fundId = fund, date = today, amount = 500_000, donorId = strangersDonor }, "donorId"),
                     (new { fundId = fund, date = today, amount = 500_000, creditedUnitId = strangersUnit }, "creditedUnitId"),
                     (new { fundId = fund, date = today, amount = 500_000, campaignId = Guid.NewGuid() }, "campaignId"),
                     (new { fundId = fund, date = today, amount = 500_000, kind = "Cheque" }, "kind"),
                 })
        {
            ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl, body, HttpStatusCode.BadRequest)).ShouldBe([member]);
        }
        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, DonationsUrl, new { fundId = fund, date = today, amount = 500_000 },
            HttpStatusCode.BadRequest)).ShouldBe(["fundId"]);

        (await BalanceAsync(admin, fund)).ShouldBe(0);
        (await admin.GetJsonAsync<JsonObject>($"{DonationsUrl}?fundId={fund}"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await DonateAsync(admin, fund, 500_000, VietnamToday()))["receiptNumber"]!.GetValue<string>()
            .ShouldEndWith("/000001", Case.Sensitive, "a refused donation takes no number");
    }

    [Fact]
    public async Task Should_give_fifty_donations_recorded_at_once_the_numbers_one_to_fifty()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var today = VietnamToday();

        var receipts = await Task.WhenAll(Enumerable.Range(1, 50).Select(async i =>
        {
            using var response = await admin.SendAsync(HttpMethod.Post, DonationsUrl,
                new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount = 10_000 * i });
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
            return JsonNode.Parse(text)!["receiptNumber"]!.GetValue<string>();
        }));

        receipts.Order().ShouldBe(Enumerable.Range(1, 50).Select(n => $"{today.Year}/{n:D6}"));
        (await BalanceAsync(admin, fund)).ShouldBe(Enumerable.Range(1, 50).Sum(i => 10_000L * i));
    }

    [Fact]
    public async Task Should_export_the_filtered_donations_with_the_cancelled_ones_marked()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin, name: "Quỹ Nhân đạo tỉnh");
        var other = await CreateFundAsync(admin, name: "Quỹ khác");
        var donor = await CreateDonorAsync(admin, "Công ty CP Thép Việt Ý", "Business");
        var today = VietnamToday();
        await DonateAsync(admin, fund, 2_500_000, today, donor, "Trẻ em xã Phước Hà");
        var mistaken = await DonateAsync(admin, fund, 700_000, today);
        await DonateAsync(admin, other, 900_000, today);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{mistaken["id"]}/cancel", new { reason = "Ghi nhầm quỹ" }, HttpStatusCode.OK);

        var rows = await DownloadAsync(admin, $"{DonationsUrl}/export-excel?fundId={fund}&sorting=receiptNumber");

        static string Text(object? cell) => cell?.ToString() ?? "";
        rows.Select(r => (Text(r["Số biên nhận"]), Text(r["Nhà hảo tâm"]), Convert.ToInt64(r["Số tiền"]), Text(r["Khoản hạn định (mục đích chỉ định)"]),
            Text(r["Đã hủy (lý do)"]))).ShouldBe(
        [
            ($"{today.Year}/000001", "Công ty CP Thép Việt Ý", 2_500_000L, "Trẻ em xã Phước Hà", ""),
            ($"{today.Year}/000002", "", 700_000L, "", "Ghi nhầm quỹ"),
        ]);
    }

    [Fact]
    public async Task Should_keep_one_tenants_donations_from_another()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var donation = await DonateAsync(admin, fund, 1_000_000, VietnamToday());

        (await stranger.GetAsync($"{DonationsUrl}/{donation["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"{FundsUrl}/{fund}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"{FundsUrl}/{fund}/ledger")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"{DonationsUrl}/{donation["id"]}/cancel", new { reason = "Phá" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetJsonAsync<JsonObject>(DonationsUrl))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await stranger.GetJsonAsync<JsonObject>(FundsUrl))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await BalanceAsync(admin, fund)).ShouldBe(1_000_000);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DonationApi_Sqlite_Tests(SqliteAppFixture fixture) : DonationApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class DonationApi_MySql_Tests(MySqlAppFixture fixture) : DonationApi_Tests<MySqlAppFixture>(fixture);
