using System.Net;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>The funds, donors, pledges and disbursements lists out to Excel: the list's filters, its tenant, its permission.</summary>
public abstract class FundraisingExcel_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static string Text(object? cell) => cell?.ToString() ?? "";

    [Fact]
    public async Task Should_export_each_list_with_its_filters_and_only_the_tenants_rows()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin, "QNĐ", "Quỹ Nhân đạo");
        await CreateFundAsync(stranger, "QNGOAI", "Quỹ của tỉnh khác");
        var company = await CreateDonorAsync(admin, "Công ty CP Sữa Ba Vì", "Business", publishName: true);
        await CreateDonorAsync(admin, "Ông Đỗ Văn Hải");
        var today = VietnamToday();
        await DonateAsync(admin, fund, 5_000_000, today, company);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/pledge",
            new { fundId = fund, donorId = company, amount = 8_000_000, dueDate = today.AddDays(-1).ToString("yyyy-MM-dd"), note = "Đợt 2" }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl,
            new { fundId = fund, date = today.ToString("yyyy-MM-dd"), amount = 1_200_000, purpose = "Học bổng cho 4 em học sinh nghèo vượt khó" }, HttpStatusCode.OK);

        var funds = await DownloadAsync(admin, $"{FundsUrl}/export-excel");
        funds.Select(r => (Text(r["Mã quỹ"]), Text(r["Tên"]), Convert.ToInt64(r["Số dư"]))).ShouldBe([("QNĐ", "Quỹ Nhân đạo", 3_800_000L)]);

        var donors = await DownloadAsync(admin, $"{DonorsUrl}/export-excel?kind=Business");
        donors.Select(r => (Text(r["Tên"]), Text(r["Loại"]), Text(r["Đồng ý công khai tên"]))).ShouldBe([("Công ty CP Sữa Ba Vì", "Doanh nghiệp", "Có")]);
        donors[0]["Ngày ghi nhận đồng ý công khai"].ShouldNotBeNull();

        var pledges = await DownloadAsync(admin, "/api/app/pledge/export-excel?isOverdue=true");
        pledges.Select(r => (Text(r["Nhà hảo tâm"]), Convert.ToInt64(r["Đã thực hiện"]), Convert.ToInt64(r["Còn phải thực hiện"]), Text(r["Quá hạn"]), Text(r["Ghi chú"])))
            .ShouldBe([("Công ty CP Sữa Ba Vì", 0L, 8_000_000L, "Có", "Đợt 2")]);

        var spent = await DownloadAsync(admin, $"{DisbursementsUrl}/export-excel?fundId={fund}");
        spent.Select(r => (Text(r["Nội dung chi"]), Convert.ToInt64(r["Số tiền"]))).ShouldBe([("Học bổng cho 4 em học sinh nghèo vượt khó", 1_200_000L)]);

        (await DownloadAsync(stranger, $"{DonorsUrl}/export-excel")).ShouldBeEmpty();
        (await DownloadAsync(stranger, $"{FundsUrl}/export-excel")).Select(r => Text(r["Mã quỹ"])).ShouldBe(["QNGOAI"]);
        (await fixture.Anonymous().GetAsync($"{FundsUrl}/export-excel")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

[Collection(Collections.Sqlite)]
public sealed class FundraisingExcel_Sqlite_Tests(SqliteAppFixture fixture) : FundraisingExcel_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class FundraisingExcel_MySql_Tests(MySqlAppFixture fixture) : FundraisingExcel_Tests<MySqlAppFixture>(fixture);
