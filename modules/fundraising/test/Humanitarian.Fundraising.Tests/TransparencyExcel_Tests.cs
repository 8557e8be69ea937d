using System.Net;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// A fund's public statement as a workbook, downloaded without sign-in: every donation and disbursement of
/// the year, with no more than the statement says (a donor named only with consent, a person helped told by
/// commune and category only), and nothing of a private fund, another tenant's fund or an unknown tenant.
/// </summary>
public abstract class TransparencyExcel_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string DonationsSheet = "Khoản ủng hộ", DisbursementsSheet = "Khoản chi";

    private static string ExportUrl(string tenantName, Guid fund) => $"/api/public/transparency/{tenantName}/funds/{fund}/export-excel";

    private static string Text(object? cell) => cell?.ToString() ?? "";

    [Fact]
    public async Task Should_export_the_public_lists_naming_only_donors_who_consented_and_no_beneficiary()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var fund = await CreateFundAsync(admin, name: "Quỹ Nhân đạo tỉnh");
        var named = await CreateDonorAsync(admin, "Công ty CP Thép Việt Ý", "Business", publishName: true);
        var hidden = await CreateDonorAsync(admin, "Trần Văn Kín", publishName: false);
        var anonymous = await CreateDonorAsync(admin, "Lê Thị Ẩn Danh", publishName: true, isAnonymous: true);
        var year = VietnamToday().Year - 1;
        await DonateAsync(admin, fund, 10_000_000, new DateOnly(year, 3, 5), named);
        await DonateAsync(admin, fund, 2_000_000, new DateOnly(year, 3, 20), hidden);
        await DonateAsync(admin, fund, 3_000_000, new DateOnly(year, 5, 1), anonymous);
        await DonateAsync(admin, fund, 900_000, new DateOnly(year - 1, 12, 30), named);
        var address = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address", new
        {
            fullName = "Nguyễn Thị Bí Mật", commune = "Xã Phước Hà", categories = new[] { "HivAids", "Orphan" }, healthDetails = "Điều trị ARV",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, new
        {
            fundId = fund, date = new DateOnly(year, 5, 10).ToString("yyyy-MM-dd"), amount = 1_500_000, purpose = "Hỗ trợ em Nguyễn Thị Bí Mật",
            recipientKind = "HumanitarianAddress", humanitarianAddressId = address,
        }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl, new
        {
            fundId = fund, date = new DateOnly(year, 6, 1).ToString("yyyy-MM-dd"), amount = 4_000_000, purpose = "Học bổng Thắp sáng ước mơ",
        }, HttpStatusCode.OK);
        using var reader = fixture.Anonymous();

        var donations = await DownloadAsync(reader, $"{ExportUrl(tenant.Name, fund)}?year={year}", DonationsSheet);
        var disbursements = await DownloadAsync(reader, $"{ExportUrl(tenant.Name, fund)}?year={year}", DisbursementsSheet);

        donations.Select(r => (Convert.ToDateTime(r["Ngày"]), Text(r["Nhà hảo tâm"]), Convert.ToInt64(r["Số tiền"]))).ShouldBe(
        [
            (new DateTime(year, 3, 5), "Công ty CP Thép Việt Ý", 10_000_000L), (new DateTime(year, 3, 20), "Nhà hảo tâm", 2_000_000L),
            (new DateTime(year, 5, 1), "Nhà hảo tâm", 3_000_000L),
        ]);
        disbursements.Select(r => (Text(r["Nội dung chi"]), Text(r["Nơi nhận"]), Text(r["Xã, phường"]), Text(r["Đối tượng"]), Convert.ToInt64(r["Số tiền"])))
            .ShouldBe(
            [
                ("Hỗ trợ địa chỉ nhân đạo", "Địa chỉ nhân đạo", "Xã Phước Hà", "Trẻ mồ côi", 1_500_000L),
                ("Học bổng Thắp sáng ước mơ", "Chương trình", "", "", 4_000_000L),
            ]);
        var cells = donations.Concat(disbursements).SelectMany(r => r.Values).Select(Text).ToList();
        foreach (var secret in new[] { "Kín", "Ẩn Danh", "Bí Mật", "ARV", "HIV" })
        {
            cells.ShouldNotContain(c => c.Contains(secret, StringComparison.OrdinalIgnoreCase), secret);
        }
        (await DownloadAsync(reader, ExportUrl(tenant.Name, fund), DonationsSheet)).Count.ShouldBe(4);
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

        foreach (var url in new[] { ExportUrl(tenant.Name, closed), ExportUrl(tenant.Name, othersFund), ExportUrl(UniqueName("none"), open) })
        {
            using var response = await reader.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            (await ApiClient.ReadErrorAsync(response))["message"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        }
        using var file = await reader.GetAsync(ExportUrl(tenant.Name, open));
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}

[Collection(Collections.Sqlite)]
public sealed class TransparencyExcel_Sqlite_Tests(SqliteAppFixture fixture) : TransparencyExcel_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class TransparencyExcel_MySql_Tests(MySqlAppFixture fixture) : TransparencyExcel_Tests<MySqlAppFixture>(fixture);
