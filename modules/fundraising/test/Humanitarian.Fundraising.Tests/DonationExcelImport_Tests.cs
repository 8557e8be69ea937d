using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.DonationExcelFiles;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// Donations from a list or a bank statement: every row through the donation API and the fund's ledger,
/// receipts numbered in the rows' order after those already issued, the balance moved by their sum; a bad
/// row named by its number with nothing of the file written; the framework's guards on hostile files.
/// </summary>
public abstract class DonationExcelImport_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static readonly DateOnly Today = VietnamToday();

    [Fact]
    public async Task Should_record_every_row_through_the_ledger_with_receipts_in_row_order()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin, "QND", "Quỹ Nhân đạo");
        await DonateAsync(admin, fund, 1_000_000, Today);
        await CreateDonorAsync(admin, "Nguyễn Văn An");
        await admin.SendExpectingAsync(HttpMethod.Post, DonorsUrl,
            new { name = "Công ty TNHH Minh Phát", kind = "Business", taxCode = "0101234567" }, HttpStatusCode.OK);
        var unit = await CreateUnitAsync(admin, "HB", "Hội Chữ thập đỏ phường Hồng Bàng", "RedCrossChapter");
        var file = Sheet(
            new() { ["Ngày"] = Typed(Today), ["Mã quỹ"] = "qnd", ["Nhà hảo tâm"] = "NGUYEN VAN AN", ["Số tiền"] = "1.500.000" },
            new()
            {
                ["Ngày"] = Today.ToDateTime(TimeOnly.MinValue), ["Mã quỹ"] = "QND", ["Nhà hảo tâm"] = "Minh Phát", ["Mã số thuế"] = "0101234567",
                ["Số tiền"] = 20_000_000, ["Khoản hạn định"] = "Trẻ em xã Phước Hà", ["Đơn vị vận động"] = "hb",
            },
            new() { ["Ngày"] = Typed(Today), ["Mã quỹ"] = "QND", ["Nhà hảo tâm"] = "Trần Thị Bình", ["Số tiền"] = 300_000, ["Nội dung"] = "UNG HO QUY" },
            new()
            {
                ["Ngày"] = Typed(Today), ["Mã quỹ"] = "QND", ["Nhà hảo tâm"] = "tran thi binh", ["Ngoại tệ"] = "USD", ["Số ngoại tệ"] = 100,
                ["Tỷ giá"] = "25.350",
            },
            new()
            {
                ["Ngày"] = Typed(Today), ["Mã quỹ"] = "QND", ["Hình thức"] = "Hiện vật", ["Mô tả"] = "200 suất ăn", ["Số tiền"] = 5_000_000,
                ["Đơn vị tiếp nhận"] = "HB",
            });

        var report = await UploadAsync(admin, file, HttpStatusCode.OK);

        (Count(report, "totalRows"), Count(report, "importedRows"), Count(report, "invalidRows"), Count(report, "flaggedRows"))
            .ShouldBe((5, 5, 0, 1), report.ToJsonString());
        Messages(report, 4).Single().ShouldStartWith("Nhà hảo tâm 'Trần Thị Bình' chưa có trong danh sách: được tạo mới");
        Messages(report, 5).ShouldBeEmpty("the donor the file creates is created once");
        var donations = await DonationsAsync(admin, fund);
        donations.Select(d => (d["receiptNumber"]!.GetValue<string>(), d["amount"]!.GetValue<long>(), d["donorName"]?.GetValue<string>())).ShouldBe(
        [
            ($"{Today.Year}/000001", 1_000_000, null),
            ($"{Today.Year}/000002", 1_500_000, "Nguyễn Văn An"),
            ($"{Today.Year}/000003", 20_000_000, "Công ty TNHH Minh Phát"),
            ($"{Today.Year}/000004", 300_000, "Trần Thị Bình"),
            ($"{Today.Year}/000005", 2_535_000, "Trần Thị Bình"),
            ($"{Today.Year}/000006", 5_000_000, null),
        ]);
        (await BalanceAsync(admin, fund)).ShouldBe(1_000_000 + 29_335_000);
        donations[2]["restriction"]!.GetValue<string>().ShouldBe("Trẻ em xã Phước Hà");
        donations[2]["creditedUnitId"]!.GetValue<Guid>().ShouldBe(unit);
        donations[3]["description"]!.GetValue<string>().ShouldBe("UNG HO QUY");
        (donations[4]["currency"]!.GetValue<string>(), donations[4]["exchangeRate"]!.GetValue<decimal>()).ShouldBe(("USD", 25_350m));
        (donations[5]["kind"]!.GetValue<string>(), donations[5]["collectingUnitId"]!.GetValue<Guid>()).ShouldBe(("InKind", unit));
        var created = (await admin.GetJsonAsync<JsonObject>($"{DonorsUrl}?filter=Tran Thi Binh"))["items"]!.AsArray().Single()!;
        (created["kind"]!.GetValue<string>(), created["publishName"]!.GetValue<bool>()).ShouldBe(("Individual", false));
    }

    [Fact]
    public async Task Should_name_each_bad_row_and_write_nothing_of_the_file()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin, "QND", "Quỹ Nhân đạo");
        await DonateAsync(admin, fund, 1_000_000, Today);
        var file = Sheet(
            Gift("QND", "Lê Văn Cường", 500_000),
            Gift("KHONGCO", "Lê Văn Cường", 500_000),
            Gift("QND", null, 0),
            Gift("QND", null, "1.500.000,5"),
            new() { ["Ngày"] = Typed(Today.AddDays(1)), ["Mã quỹ"] = "QND", ["Số tiền"] = 100_000 },
            new() { ["Ngày"] = Typed(Today), ["Mã quỹ"] = "QND", ["Ngoại tệ"] = "USD", ["Số ngoại tệ"] = 100 },
            Gift("QND", null, "-200000"),
            new() { ["Ngày"] = "31/02/2025", ["Mã quỹ"] = "QND", ["Số tiền"] = 100_000 });

        var report = await UploadAsync(admin, file, HttpStatusCode.OK);

        (Count(report, "validRows"), Count(report, "invalidRows"), Count(report, "importedRows")).ShouldBe((1, 7, 0), report.ToJsonString());
        Status(report, 2).ShouldBe("Valid");
        Messages(report, 3).ShouldBe(["Cột 'Mã quỹ': không có quỹ nào của đơn vị mang mã 'KHONGCO'."]);
        Messages(report, 4).Single().ShouldContain("Số tiền");
        Messages(report, 5).ShouldBe(["Cột 'Số tiền': '1.500.000,5' không phải là một số đồng nguyên."]);
        Messages(report, 6).Single().ShouldStartWith("Cột 'Ngày': ");
        Messages(report, 7).Single().ShouldStartWith("Cột 'Tỷ giá': ");
        Messages(report, 8).Single().ShouldContain("Số tiền");
        Messages(report, 9).ShouldBe(["Cột 'Ngày': '31/02/2025' không phải là ngày (ngày/tháng/năm, ví dụ 25/03/2025)."]);
        (await BalanceAsync(admin, fund)).ShouldBe(1_000_000);
        (await DonationsAsync(admin, fund)).Count.ShouldBe(1);
        (await admin.GetJsonAsync<JsonObject>($"{DonorsUrl}?filter=Le Van Cuong"))["totalCount"]!.GetValue<long>().ShouldBe(0);

        var kept = await UploadAsync(admin, file, HttpStatusCode.OK, mode: "ValidRowsOnly");
        Count(kept, "importedRows").ShouldBe(1);
        (await DonationsAsync(admin, fund)).Last()["receiptNumber"]!.GetValue<string>()
            .ShouldBe($"{Today.Year}/000002", "the refused import's numbers were rolled back with it: no gap");
        (await BalanceAsync(admin, fund)).ShouldBe(1_500_000);
    }

    [Fact]
    public async Task Should_not_know_another_tenants_fund_code()
    {
        using var other = await NewTenantAdminAsync(fixture);
        var othersFund = await CreateFundAsync(other, "QTA", "Quỹ của tỉnh khác");
        using var admin = await NewTenantAdminAsync(fixture);
        await CreateFundAsync(admin, "QTB", "Quỹ Nhân đạo");

        var report = await UploadAsync(admin, Sheet(Gift("QTA", "Đỗ Minh Hải", 700_000)), HttpStatusCode.OK);

        Messages(report, 2).ShouldBe(["Cột 'Mã quỹ': không có quỹ nào của đơn vị mang mã 'QTA'."]);
        Count(report, "importedRows").ShouldBe(0);
        (await BalanceAsync(other, othersFund)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_read_a_bank_statement_by_its_usual_headers_and_offer_a_template()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin, "QPCD");
        var file = Sheet(
            new()
            {
                ["Ngày giao dịch"] = Today.ToDateTime(new TimeOnly(9, 15)), ["Số tiền ghi có"] = "2,000,000", ["Tên người chuyển"] = "PHAM VAN DUNG",
                ["Nội dung chuyển khoản"] = "PHAM VAN DUNG UNG HO QUY PHONG CHONG DICH", ["Mã quỹ"] = "QPCD",
            },
            new() { ["Ngày giao dịch"] = Typed(Today), ["Số tiền ghi có"] = 150_000d, ["Mã quỹ"] = "QPCD" });

        var report = await UploadAsync(admin, file, HttpStatusCode.OK);

        Count(report, "importedRows").ShouldBe(2, report.ToJsonString());
        var donations = await DonationsAsync(admin, fund);
        donations[0]["description"]!.GetValue<string>().ShouldBe("PHAM VAN DUNG UNG HO QUY PHONG CHONG DICH");
        donations[0]["donorName"]!.GetValue<string>().ShouldBe("PHAM VAN DUNG");
        (await BalanceAsync(admin, fund)).ShouldBe(2_150_000);

        (await HeadersAsync(admin, TemplateUrl)).ShouldBe([
            "Ngày", "Mã quỹ", "Nhà hảo tâm", "Mã số thuế", "Số tiền", "Ngoại tệ", "Số ngoại tệ", "Tỷ giá", "Hình thức", "Mô tả",
            "Khoản hạn định", "Đơn vị tiếp nhận", "Đơn vị vận động", "Nội dung",
        ]);
    }

    [Fact]
    public async Task Should_refuse_a_giant_cell_or_an_oversized_file_before_reading_it()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin, "QND", "Quỹ Nhân đạo");
        var giantCell = RawSheet(["Ngày", "Mã quỹ", "Số tiền", "Nội dung"], [Typed(Today), "QND", "100000", new string('x', 40_000)]);
        giantCell.Length.ShouldBeLessThan(200 * 1024, "the hostile file stays small, as the attack's did");

        var refused = await UploadAsync(admin, giantCell, HttpStatusCode.BadRequest);
        ValidationMembers(refused).ShouldBe(["file"]);
        refused["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("Tệp Excel có ô chứa hơn 32.767 ký tự (giới hạn của Excel).");

        var tooLarge = await UploadAsync(admin, new byte[5 * 1024 * 1024 + 1], HttpStatusCode.BadRequest);
        tooLarge["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("5 MB");
        (await BalanceAsync(admin, fund)).ShouldBe(0);
        (await DonationsAsync(admin, fund)).ShouldBeEmpty();
    }

    private static Dictionary<string, object?> Gift(string fundCode, string? donor, object amount) =>
        new() { ["Ngày"] = Typed(Today), ["Mã quỹ"] = fundCode, ["Nhà hảo tâm"] = donor, ["Số tiền"] = amount };

    /// <summary>A date as a user types it in a text cell.</summary>
    private static string Typed(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static async Task<List<JsonNode>> DonationsAsync(ApiClient client, Guid fund) =>
        (await client.GetJsonAsync<JsonObject>($"{DonationsUrl}?fundId={fund}&sorting=receiptNumber&maxResultCount=100"))["items"]!
        .AsArray().Select(d => d!).ToList();
}

[Collection(Collections.Sqlite)]
public sealed class DonationExcelImport_Sqlite_Tests(SqliteAppFixture fixture) : DonationExcelImport_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class DonationExcelImport_MySql_Tests(MySqlAppFixture fixture) : DonationExcelImport_Tests<MySqlAppFixture>(fixture);
