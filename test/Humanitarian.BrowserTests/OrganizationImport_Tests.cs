using System.Text.RegularExpressions;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>The Organization module's Excel import pages as Hà Nội's admin uses them: upload, row-by-row report, the list.</summary>
public sealed class OrganizationImport_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string Tenant = "ha-noi";
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Should_refuse_a_file_with_a_bad_e_mail_all_or_nothing_then_import_its_valid_row_when_asked()
    {
        var suffix = UniqueSuffix().ToUpperInvariant();
        var validCode = $"NX-{suffix}-1";
        var invalidCode = $"NX-{suffix}-2";
        var validName = $"Chi hội nhập thử {suffix}";
        var file = UnitSheet(
            [validCode, validName, "Hội Chữ thập đỏ", "HN-HCTD", "Nguyễn Văn Hợp Lệ", "hop.le@example.org"],
            [invalidCode, $"Chi hội lỗi {suffix}", "Hội Chữ thập đỏ", "HN-HCTD", "Trần Thị Sai", "khong-phai-email"]);

        await Session.SignInAsync(Tenant, "admin");
        await Session.GotoAsync("/Organization/Units");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Nhập từ Excel" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Organization/Units/Import$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Nhập đơn vị từ Excel");
        // The help names the importer's headers.
        await Expect(Page.Locator("main .excel-import-help")).ToContainTextAsync("Mã đơn vị");
        await Expect(Page.Locator("main .excel-import-help")).ToContainTextAsync("Nhận nhắc việc");

        // All or nothing (the default): the bad e-mail keeps the valid row out too.
        var form = Page.Locator("main form.excel-import");
        await Expect(form).ToHaveAttributeAsync("enctype", "multipart/form-data");
        await Expect(form.GetByLabel("Chỉ nhập khi tất cả các dòng hợp lệ")).ToBeCheckedAsync();
        await form.Locator("input[type=file]").SetInputFilesAsync(file);
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nhập", Exact = true }).ClickAsync();

        var report = Page.Locator("main table.import-report tbody tr");
        await Expect(report).ToHaveCountAsync(2);
        var invalidRow = report.Filter(new LocatorFilterOptions { HasText = invalidCode });
        await Expect(invalidRow.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Expect(invalidRow.Locator("td").Nth(2)).ToHaveTextAsync("Lỗi");
        await Expect(invalidRow.Locator("td").Nth(3)).ToContainTextAsync("Trường E-mail không phải là địa chỉ e-mail hợp lệ.");
        await Expect(report.Filter(new LocatorFilterOptions { HasText = validCode }).Locator("td").Nth(2)).ToHaveTextAsync("Hợp lệ");
        await Expect(Page.Locator("main .import-outcome")).ToHaveTextAsync("Tệp có dòng lỗi nên không có dòng nào được ghi.");
        await Expect(Page.Locator("main .import-summary [data-count=invalid]")).ToHaveTextAsync("1");
        await Expect(Page.Locator("main .import-summary [data-count=imported]")).ToHaveTextAsync("0");
        await Session.ScreenshotAsync("org-import-01-all-or-nothing");

        await Session.GotoAsync("/Organization/Units?filter=" + Uri.EscapeDataString(validCode));
        await Expect(Page.Locator("main table tbody td.table-empty")).ToBeVisibleAsync();

        // Valid rows only: the valid unit is written, the invalid one reported again.
        await Session.GotoAsync("/Organization/Units/Import");
        form = Page.Locator("main form.excel-import");
        await form.GetByLabel("Nhập các dòng hợp lệ, bỏ qua dòng lỗi").CheckAsync();
        await form.Locator("input[type=file]").SetInputFilesAsync(file);
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nhập", Exact = true }).ClickAsync();

        await Expect(report.Filter(new LocatorFilterOptions { HasText = validCode }).Locator("td").Nth(2)).ToHaveTextAsync("Đã nhập");
        await Expect(report.Filter(new LocatorFilterOptions { HasText = invalidCode }).Locator("td").Nth(2)).ToHaveTextAsync("Lỗi");
        await Expect(Page.Locator("main .import-outcome")).ToHaveTextAsync("Đã ghi 1 dòng.");
        await Session.ScreenshotAsync("org-import-02-valid-rows-only");

        await Session.GotoAsync("/Organization/Units?filter=" + Uri.EscapeDataString(validCode));
        var row = Page.Locator($"main table tbody tr[data-unit-code='{validCode}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(validName);
        await Session.GotoAsync("/Organization/Units?filter=" + Uri.EscapeDataString(invalidCode));
        await Expect(Page.Locator("main table tbody td.table-empty")).ToBeVisibleAsync();

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_check_a_large_file_in_the_background_and_show_its_progress_then_its_report()
    {
        var suffix = UniqueSuffix().ToUpperInvariant();
        // One row more than an import checks within the request; a dry run, so nothing is written.
        var rows = Enumerable.Range(1, 501)
            .Select(i => new[] { $"NL-{suffix}-{i:000}", $"Chi hội thử tải {suffix} {i}", "Khác", "HN-HCTD", "", "" })
            .ToArray();

        await Session.SignInAsync(Tenant, "admin");
        await Session.GotoAsync("/Organization/Units/Import");
        var form = Page.Locator("main form.excel-import");
        await form.Locator("input[type=file]").SetInputFilesAsync(UnitSheet(rows));
        await form.GetByLabel("Kiểm tra trước (không ghi)").CheckAsync();
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nhập", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/Organization/Units/ImportProgress\\?operationId=[0-9a-f-]{36}$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Tiến độ nhập đơn vị");
        // While it runs the page reloads itself (site.js, data-refresh-seconds); once done it stops and shows the report.
        await Expect(Page.Locator("main .import-progress")).ToHaveAttributeAsync("data-status", "Completed");
        await Expect(Page.Locator("[data-refresh-seconds]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("main progress")).ToHaveAttributeAsync("value", "501");
        await Expect(Page.Locator("main progress")).ToHaveAttributeAsync("max", "501");
        await Expect(Page.Locator("main .abp-progress")).ToContainTextAsync("Đã xử lý 501/501 dòng");
        await Expect(Page.Locator("main table.import-report tbody tr")).ToHaveCountAsync(501);
        await Expect(Page.Locator("main .import-summary [data-count=imported]")).ToHaveTextAsync("0");
        await Session.ScreenshotAsync("org-import-03-background-progress");

        Session.ShouldHaveNoPageProblems();
    }

    /// <summary>A workbook with the unit import's Vietnamese headers (unit, parent, one contact) and the given rows.</summary>
    private static FilePayload UnitSheet(params string[][] rows)
    {
        string[] headers = ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Người liên hệ", "E-mail"];
        var sheet = rows.Select(row => headers.Select((header, i) => (header, value: (object?)(row[i].Length == 0 ? null : row[i])))
            .ToDictionary(c => c.header, c => c.value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return new FilePayload { Name = "don-vi-nhap-thu.xlsx", MimeType = XlsxContentType, Buffer = stream.ToArray() };
    }
}
