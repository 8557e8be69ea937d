using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// The public statement of a fund, read without sign-in: totals and months that match what was recorded,
/// a donor named only with consent and not anonymous, nothing of a person helped but commune and category,
/// and nothing of a fund that keeps its statement private or belongs to another tenant.
/// </summary>
public abstract class Transparency_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_show_what_came_in_and_went_out_naming_only_donors_who_consented()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var fund = await CreateFundAsync(admin);
        var named = await CreateDonorAsync(admin, "Công ty Cổ phần Sữa Hà Thành", "Business", publishName: true);
        var hidden = await CreateDonorAsync(admin, "Trần Văn Kín", publishName: false);
        var anonymous = await CreateDonorAsync(admin, "Lê Thị Ẩn Danh", publishName: true, isAnonymous: true);
        await admin.SendExpectingAsync(HttpMethod.Put, $"{DonorsUrl}/{hidden}",
            new { name = "Trần Văn Kín", kind = "Individual", phone = "0912345678", email = "kin@example.org" }, HttpStatusCode.OK);
        var year = VietnamToday().Year - 1;
        await DonateAsync(admin, fund, 10_000_000, new DateOnly(year, 3, 5), named);
        await DonateAsync(admin, fund, 2_000_000, new DateOnly(year, 3, 20), hidden);
        await DonateAsync(admin, fund, 3_000_000, new DateOnly(year, 5, 1), anonymous);
        await DonateAsync(admin, fund, 500_000, new DateOnly(year, 5, 2));
        var mistaken = await DonateAsync(admin, fund, 7_000_000, new DateOnly(year, 5, 3), named);
        await admin.SendExpectingAsync(HttpMethod.Post, $"{DonationsUrl}/{mistaken["id"]}/cancel", new { reason = "Ghi nhầm" }, HttpStatusCode.OK);
        var address = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address", new
        {
            fullName = "Nguyễn Thị Bí Mật", commune = "Xã Phước Hà", categories = new[] { "HivAids", "DifficultCircumstances" },
            healthDetails = "Điều trị ARV",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, new
        {
            fundId = fund, date = new DateOnly(year, 5, 10).ToString("yyyy-MM-dd"), amount = 1_500_000, purpose = "Hỗ trợ bà Nguyễn Thị Bí Mật",
            recipientKind = "HumanitarianAddress", humanitarianAddressId = address,
        }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, new
        {
            fundId = fund, date = new DateOnly(year, 6, 1).ToString("yyyy-MM-dd"), amount = 4_000_000, purpose = "Học bổng Thắp sáng ước mơ",
        }, HttpStatusCode.OK);
        using var reader = fixture.Anonymous();

        var response = await reader.GetAsync($"/api/public/transparency/{tenant.Name}/funds/{fund}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "Kín", "Ẩn Danh", "0912345678", "kin@example.org", "Bí Mật", "ARV", "HivAids", "Ghi nhầm" })
        {
            text.ShouldNotContain(secret);
        }
        var body = JsonNode.Parse(text)!;
        (body["totalReceived"]!.GetValue<long>(), body["totalSpent"]!.GetValue<long>()).ShouldBe((15_500_000, 5_500_000));
        body["months"]!.AsArray().Select(m => (m!["month"]!.GetValue<string>(), m["received"]!.GetValue<long>(), m["spent"]!.GetValue<long>()))
            .ShouldBe([($"{year}-03", 12_000_000L, 0L), ($"{year}-05", 3_500_000L, 1_500_000L), ($"{year}-06", 0L, 4_000_000L)]);
        body["donations"]!.AsArray().Select(d => (d!["donorName"]!.GetValue<string>(), d["amount"]!.GetValue<long>())).ShouldBe(
        [
            ("Nhà hảo tâm", 500_000L), ("Nhà hảo tâm", 3_000_000L), ("Nhà hảo tâm", 2_000_000L), ("Công ty Cổ phần Sữa Hà Thành", 10_000_000L),
        ]);
        var disbursements = body["disbursements"]!.AsArray();
        (disbursements[0]!["purpose"]!.GetValue<string>(), disbursements[0]!["amount"]!.GetValue<long>()).ShouldBe(("Học bổng Thắp sáng ước mơ", 4_000_000));
        (disbursements[1]!["purpose"]!.GetValue<string>(), disbursements[1]!["commune"]!.GetValue<string>(), disbursements[1]!["category"]!.GetValue<string>())
            .ShouldBe(("Hỗ trợ địa chỉ nhân đạo", "Xã Phước Hà", "DifficultCircumstances"));

        var list = (await reader.GetJsonAsync<JsonObject>($"/api/public/transparency/{tenant.Name}/funds"))["items"]!.AsArray();
        list.Select(f => (f!["fundId"]!.GetValue<Guid>(), f["totalReceived"]!.GetValue<long>(), f["totalSpent"]!.GetValue<long>()))
            .ShouldBe([(fund, 15_500_000L, 5_500_000L)]);
        (await reader.GetJsonAsync<JsonObject>($"/api/public/transparency/{tenant.Name}/funds/{fund}?year={year + 1}"))["totalReceived"]!
            .GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_answer_404_for_a_private_fund_another_tenants_fund_and_an_unknown_tenant()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        using var otherAdmin = await NewTenantAdminAsync(fixture);
        var open = await CreateFundAsync(admin);
        var closed = (await admin.SendExpectingAsync(HttpMethod.Post, FundsUrl,
            new { code = UniqueName("K"), name = "Quỹ nội bộ", isTransparent = false }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var othersFund = await CreateFundAsync(otherAdmin, name: "Quỹ tỉnh khác");
        await DonateAsync(otherAdmin, othersFund, 1_000_000, VietnamToday());
        // The caller's tenant header names the other tenant: the URL's tenant is still the one read.
        using var reader = fixture.Anonymous(otherAdmin.TenantName);

        foreach (var url in new[]
                 {
                     $"/api/public/transparency/{tenant.Name}/funds/{closed}", $"/api/public/transparency/{tenant.Name}/funds/{othersFund}",
                     $"/api/public/transparency/{UniqueName("none")}/funds", $"/api/public/transparency/{UniqueName("none")}/funds/{open}",
                 })
        {
            using var response = await reader.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            (await ApiClient.ReadErrorAsync(response))["message"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        }
        var list = (await reader.GetJsonAsync<JsonObject>($"/api/public/transparency/{tenant.Name}/funds"))["items"]!.AsArray();
        list.Select(f => f!["fundId"]!.GetValue<Guid>()).ShouldBe([open]);
    }
}

[Collection(Collections.Sqlite)]
public sealed class Transparency_Sqlite_Tests(SqliteAppFixture fixture) : Transparency_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class Transparency_MySql_Tests(MySqlAppFixture fixture) : Transparency_Tests<MySqlAppFixture>(fixture);
