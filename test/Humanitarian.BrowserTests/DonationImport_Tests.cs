using System.Globalization;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The donation import as a fundraising officer uses it: from the donation list to the import page, a bank
/// statement with a bad line refused whole and named by its row, then its good lines recorded with receipts
/// in the statement's order.
/// </summary>
public sealed class DonationImport_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Should_refuse_a_statement_with_a_bad_line_then_record_its_good_lines_in_order()
    {
        var suffix = UniqueSuffix();
        var tenant = $"fi-{suffix}";
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Nhập Sao Kê {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }
        using (var admin = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, tenant, "admin"))
        {
            await admin.CreateAsync("/api/app/fund", new { code = "QND", name = $"Quỹ Nhân đạo {suffix}" });
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var file = Statement(
            [today, "1.000.000", "NGUYEN VAN AN", "UNG HO QUY NHAN DAO", "QND"],
            [today, "500.000", "TRAN THI BINH", "UNG HO", "KHONGCO"],
            [today, "2.000.000", "LE VAN CUONG", "UNG HO DONG BAO", "QND"]);

        await Session.SignInAsync(tenant, "admin");
        await Session.GotoAsync("/Fundraising/Donations");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Nhập từ Excel" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Fundraising/Donations/Import$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Nhập khoản ủng hộ từ Excel");
        await Expect(Page.Locator("main a[data-template=donations]")).ToHaveAttributeAsync("href", "/api/app/donation/import-template");
        await Expect(Page.Locator("main .excel-import-help")).ToContainTextAsync("Mã quỹ");

        var form = Page.Locator("main form.excel-import");
        await form.Locator("input[type=file]").SetInputFilesAsync(file);
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nhập", Exact = true }).ClickAsync();

        var report = Page.Locator("main table.import-report tbody tr");
        await Expect(report).ToHaveCountAsync(3);
        await Expect(Page.Locator("main tr[data-row='3'] td").Nth(2)).ToHaveTextAsync("Lỗi");
        await Expect(Page.Locator("main tr[data-row='3'] td").Nth(3)).ToContainTextAsync("Cột 'Mã quỹ': không có quỹ nào của đơn vị mang mã 'KHONGCO'.");
        await Expect(Page.Locator("main .import-outcome")).ToHaveTextAsync("Tệp có dòng lỗi nên không có dòng nào được ghi.");
        await Session.ScreenshotAsync("donation-import-01-refused");

        form = Page.Locator("main form.excel-import");
        await form.GetByLabel("Nhập các dòng hợp lệ, bỏ qua dòng lỗi").CheckAsync();
        await form.Locator("input[type=file]").SetInputFilesAsync(file);
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nhập", Exact = true }).ClickAsync();
        await Expect(Page.Locator("main .import-outcome")).ToHaveTextAsync("Đã ghi 2 dòng.");
        await Session.ScreenshotAsync("donation-import-02-recorded");

        await Session.GotoAsync("/Fundraising/Donations");
        var year = DateTime.UtcNow.AddHours(7).Year;
        await Expect(Page.Locator($"main tr[data-receipt='{year}/000001']")).ToContainTextAsync("NGUYEN VAN AN");
        await Expect(Page.Locator($"main tr[data-receipt='{year}/000002']")).ToContainTextAsync("LE VAN CUONG");

        Session.ShouldHaveNoPageProblems();
    }

    /// <summary>A bank statement as the bank exports it, with the fund code column the officer adds.</summary>
    private static FilePayload Statement(params string[][] lines)
    {
        string[] headers = ["Ngày giao dịch", "Số tiền ghi có", "Tên người chuyển", "Nội dung chuyển khoản", "Mã quỹ"];
        var sheet = lines.Select(line => headers.Select((header, i) => (header, value: (object?)line[i])).ToDictionary(c => c.header, c => c.value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return new FilePayload { Name = "sao-ke.xlsx", MimeType = XlsxContentType, Buffer = stream.ToArray() };
    }
}
