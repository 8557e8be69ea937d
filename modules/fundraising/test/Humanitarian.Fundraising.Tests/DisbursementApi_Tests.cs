using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// Disbursements through the API: never below zero, restricted money spent only for its purpose, and a
/// ledger whose sums are the balances after any sequence, concurrent ones included.
/// </summary>
public abstract class DisbursementApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string ForChildren = "Trẻ em xã Phước Hà";

    [Fact]
    public async Task Should_spend_restricted_money_only_for_its_purpose_and_refuse_an_overdraft()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var today = VietnamToday();
        var restricted = await DonateAsync(admin, fund, 1_000_000, today, restriction: ForChildren);
        await DonateAsync(admin, fund, 500_000, today);

        var overdraft = await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl,
            Disbursement(fund, 600_000, today, "Hỗ trợ người cao tuổi"), HttpStatusCode.BadRequest);
        ValidationMembers(overdraft).ShouldBe(["amount"]);
        overdraft!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe(
            "Quỹ chỉ còn 500.000\u00A0₫ không thuộc khoản hạn định nào; không thể chi số tiền này.");
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl,
            Disbursement(fund, 1_100_000, today, "Học bổng", ForChildren), HttpStatusCode.BadRequest)).ShouldBe(["amount"]);
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl,
            Disbursement(fund, 100_000, today, "Học bổng", "Mục đích chưa có"), HttpStatusCode.BadRequest)).ShouldBe(["restriction"]);

        // Another spelling of the same purpose spends the same restricted money.
        var scholarships = await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl,
            Disbursement(fund, 800_000, today, "Học bổng cho 8 em", "  TRẺ EM XÃ PHƯỚC HÀ "), HttpStatusCode.OK);
        scholarships!["restriction"]!.GetValue<string>().ShouldBe(ForChildren);
        await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, Disbursement(fund, 500_000, today, "Hỗ trợ người cao tuổi"), HttpStatusCode.OK);

        var state = await FundAsync(admin, fund);
        (state["balance"]!.GetValue<long>(), state["restrictedBalance"]!.GetValue<long>()).ShouldBe((200_000, 200_000));
        var restrictions = (await admin.GetJsonAsync<JsonObject>($"{FundsUrl}/{fund}/restrictions"))["items"]!.AsArray();
        restrictions.Select(r => (r!["restriction"]!.GetValue<string>(), r["balance"]!.GetValue<long>())).ShouldBe([(ForChildren, 200_000)]);

        // The restricted gift was spent: cancelling it would take the fund below zero.
        var cancel = await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{restricted["id"]}/cancel", new { reason = "Nhầm quỹ" },
            HttpStatusCode.BadRequest);
        cancel!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("200.000\u00A0₫");
        (await admin.GetJsonAsync<JsonObject>($"{DonationsUrl}/{restricted["id"]}"))["isCancelled"]!.GetValue<bool>().ShouldBeFalse();
        (await BalanceAsync(admin, fund)).ShouldBe(200_000);
    }

    [Fact]
    public async Task Should_sum_the_last_twelve_months_by_the_entries_dates_whenever_they_were_recorded()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var today = VietnamToday();
        await DonateAsync(admin, fund, 1_000_000, today);
        var mistaken = await DonateAsync(admin, fund, 200_000, today);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{mistaken["id"]}/cancel", new { reason = "Ghi nhầm" }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, Disbursement(fund, 300_000, today, "Quà Tết"), HttpStatusCode.OK);
        // Recorded last, dated two months back: it belongs to its own month.
        await DonateAsync(admin, fund, 500_000, today.AddMonths(-2));
        await DonateAsync(admin, fund, 900_000, today.AddMonths(-13));

        var months = (await admin.GetJsonAsync<JsonObject>($"{FundsUrl}/{fund}/months"))["items"]!.AsArray()
            .Select(m => (Month: DateOnly.Parse(m!["month"]!.GetValue<string>()), Received: m["received"]!.GetValue<long>(), Spent: m["spent"]!.GetValue<long>()))
            .ToList();

        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        months.Select(m => m.Month).ShouldBe(Enumerable.Range(-11, 12).Select(thisMonth.AddMonths));
        months[^1].ShouldBe((thisMonth, 1_000_000L, 300_000L), "a cancellation undoes what was received");
        months[^3].ShouldBe((thisMonth.AddMonths(-2), 500_000L, 0L));
        months.Sum(m => m.Received).ShouldBe(1_500_000, "a gift older than twelve months is not drawn");
    }

    [Fact]
    public async Task Should_let_only_what_the_fund_holds_leave_it_when_disbursements_race()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var today = VietnamToday();
        await DonateAsync(admin, fund, 1_000_000, today);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await admin.SendAsync(HttpMethod.Post, DisbursementsUrl, Disbursement(fund, 300_000, today, "Quà Tết"));
            return response.StatusCode;
        }));

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(3);
        statuses.Count(s => s == HttpStatusCode.BadRequest).ShouldBe(7);
        (await BalanceAsync(admin, fund)).ShouldBe(100_000);
    }

    [Fact]
    public async Task Should_keep_the_ledger_equal_to_the_balances_after_any_sequence_of_operations()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var today = VietnamToday();
        var random = new Random(20261207);
        var purposes = new[] { null, ForChildren, "Nạn nhân lũ lụt" };
        var donations = new List<Guid>();

        // Some operations are refused (an overdraft, a spent gift's cancellation); each batch runs at once.
        for (var batch = 0; batch < 6; batch++)
        {
            var cancellable = donations.ToArray();
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                var purpose = purposes[random.Next(purposes.Length)];
                var amount = random.Next(1, 40) * 50_000L;
                using var response = random.Next(4) switch
                {
                    0 or 1 => await admin.SendAsync(HttpMethod.Post, DonationsUrl,
                        new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount, restriction = purpose }),
                    2 => await admin.SendAsync(HttpMethod.Post, DisbursementsUrl, Disbursement(fund, amount, today, "Chi hỗ trợ", purpose)),
                    _ when cancellable.Length > 0 => await admin.SendAsync(HttpMethod.Post,
                        $"{DonationsUrl}/{cancellable[random.Next(cancellable.Length)]}/cancel", new { reason = "Kiểm thử" }),
                    _ => await admin.SendAsync(HttpMethod.Get, $"{FundsUrl}/{fund}", null),
                };
                ((int)response.StatusCode).ShouldBeOneOf(200, 400, 409);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                if (response.IsSuccessStatusCode && body?["receiptNumber"] is not null)
                {
                    lock (donations)
                    {
                        donations.Add(body["id"]!.GetValue<Guid>());
                    }
                }
            }));
        }

        var entries = (await admin.GetJsonAsync<JsonObject>($"{FundsUrl}/{fund}/ledger?maxResultCount=1000"))["items"]!.AsArray()
            .Select(e => (Restriction: e!["restriction"]?.GetValue<string>(), Amount: e["amount"]!.GetValue<long>())).ToList();
        var state = await FundAsync(admin, fund);
        entries.Count.ShouldBeGreaterThan(10);
        state["balance"]!.GetValue<long>().ShouldBe(entries.Sum(e => e.Amount));
        state["restrictedBalance"]!.GetValue<long>().ShouldBe(entries.Where(e => e.Restriction is not null).Sum(e => e.Amount));
        var restrictions = (await admin.GetJsonAsync<JsonObject>($"{FundsUrl}/{fund}/restrictions"))["items"]!.AsArray();
        foreach (var restriction in restrictions)
        {
            restriction!["balance"]!.GetValue<long>().ShouldBe(
                entries.Where(e => e.Restriction == restriction["restriction"]!.GetValue<string>()).Sum(e => e.Amount));
            restriction["balance"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(0);
        }
        (state["balance"]!.GetValue<long>() - state["restrictedBalance"]!.GetValue<long>()).ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Should_refuse_a_recipient_of_another_tenant_and_write_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var today = VietnamToday();
        await DonateAsync(admin, fund, 1_000_000, today);
        var strangersUnit = await CreateUnitAsync(stranger, UniqueName("U"), "Hội Chữ thập đỏ huyện khác");

        foreach (var (body, member) in new (object, string)[]
                 {
                     (new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount = 100_000, purpose = "Chuyển", recipientKind = "Unit", unitId = strangersUnit }, "unitId"),
                     (new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount = 100_000, purpose = "Chuyển", recipientKind = "Unit" }, "unitId"),
                     (new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount = 100_000, purpose = "Hỗ trợ", recipientKind = "HumanitarianAddress", humanitarianAddressId = Guid.NewGuid() }, "humanitarianAddressId"),
                     (new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount = 100_000, purpose = "Hỗ trợ", decisionDocumentId = Guid.NewGuid() }, "decisionDocumentId"),
                     (new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount = 100_000, purpose = "" }, "purpose"),
                 })
        {
            ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, body, HttpStatusCode.BadRequest)).ShouldBe([member]);
        }
        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, Disbursement(fund, 100_000, today, "Rút"),
            HttpStatusCode.BadRequest)).ShouldBe(["fundId"]);

        (await BalanceAsync(admin, fund)).ShouldBe(1_000_000);
        (await admin.GetJsonAsync<JsonObject>($"{DisbursementsUrl}?fundId={fund}"))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    private static object Disbursement(Guid fund, long amount, DateOnly date, string purpose, string? restriction = null) =>
        new { fundId = fund, date = date.ToString("yyyy-MM-dd"), amount, purpose, restriction };
}

[Collection(Collections.Sqlite)]
public sealed class DisbursementApi_Sqlite_Tests(SqliteAppFixture fixture) : DisbursementApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class DisbursementApi_MySql_Tests(MySqlAppFixture fixture) : DisbursementApi_Tests<MySqlAppFixture>(fixture);
