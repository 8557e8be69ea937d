using System.IO.Compression;
using System.Net;
using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using static Humanitarian.Organization.Tests.ExcelTestFiles;
using static Humanitarian.TestBase.TenantTestData;
using static Humanitarian.Organization.Tests.UnitWorkbooks;

namespace Humanitarian.Organization.Tests;

/// <summary>
/// Hostile workbooks, a few KB each, that would inflate to gigabytes, hold a giant cell or declare
/// millions of blank rows: each is refused with 400 and a message saying why, before it is read, and
/// nothing is written. The files are made here, small, so a guard that let them through would show.
/// </summary>
public abstract class ExcelImportLimits_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    private async Task ExpectRefusedAsync(ApiClient admin, byte[] file, string message)
    {
        file.Length.ShouldBeLessThan(200 * 1024, "the hostile file stays small, as the attack's did");
        var refused = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.BadRequest);
        ValidationMembers(refused).ShouldBe(["file"]);
        refused["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe(message);
        (await admin.GetJsonAsync<JsonObject>("/api/app/unit"))["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_sheet_declaring_a_row_far_below_the_rest()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        // One row numbered a million: a reader fills the gap with blank rows, none of which counted before.
        var file = WorkbookWithSheet(w => w.Write(Row(1_048_576, "B", "Đơn vị B", "Other")));

        await ExpectRefusedAsync(admin, file,
            "Tệp Excel có quá nhiều dòng (kể cả dòng trống): chỉ đọc tối đa 20.000 dòng. Hãy xóa các dòng thừa hoặc chia thành nhiều tệp nhỏ hơn.");
    }

    [Fact]
    public async Task Should_refuse_a_sheet_of_blank_rows_past_the_scanned_row_limit()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var file = WorkbookWithSheet(w =>
        {
            for (var row = 2; row <= 20_002; row++)
            {
                w.Write($"<row r=\"{row}\"/>");
            }
            w.Write(Row(20_003, "B", "Đơn vị B", "Other"));
        });

        await ExpectRefusedAsync(admin, file,
            "Tệp Excel có quá nhiều dòng (kể cả dòng trống): chỉ đọc tối đa 20.000 dòng. Hãy xóa các dòng thừa hoặc chia thành nhiều tệp nhỏ hơn.");
    }

    [Fact]
    public async Task Should_refuse_a_cell_longer_than_excel_allows()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var file = WorkbookWithSheet(w => w.Write(Row(2, "B", new string('x', 40_000), "Other")));

        await ExpectRefusedAsync(admin, file, "Tệp Excel có ô chứa hơn 32.767 ký tự (giới hạn của Excel).");
    }

    [Fact]
    public async Task Should_refuse_a_part_compressed_far_beyond_any_workbook()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        // 20 MB of spaces between two rows: a few KB compressed, the zip bomb's shape.
        var file = WorkbookWithSheet(w =>
        {
            var spaces = new string(' ', 1024 * 1024);
            for (var i = 0; i < 20; i++)
            {
                w.Write(spaces);
            }
            w.Write(Row(2, "B", "Đơn vị B", "Other"));
        });

        await ExpectRefusedAsync(admin, file,
            "Tệp Excel bị nén bất thường (hơn 100 lần) nên không được đọc. Hãy mở tệp bằng Excel, lưu lại rồi thử lại.");
    }

    [Fact]
    public async Task Should_refuse_a_package_that_inflates_past_the_size_limit()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        // Many parts, each small enough to escape the ratio check, together over 50 MB.
        var part = new byte[100 * 1024];
        var file = Workbook(zip =>
        {
            for (var i = 0; i < 520; i++)
            {
                using var entry = zip.CreateEntry($"xl/media/padding{i}.bin", CompressionLevel.Optimal).Open();
                entry.Write(part);
            }
        });

        await ExpectRefusedAsync(admin, file, "Nội dung tệp Excel khi giải nén vượt quá 50 MB. Hãy chia thành nhiều tệp nhỏ hơn.");
    }
}

[Collection(Collections.Sqlite)]
public sealed class ExcelImportLimits_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : ExcelImportLimits_Tests<SqliteAppFixture>(fixture, tenant);

/// <summary>Workbooks of units, written part by part so that a test can make them hostile.</summary>
public static class UnitWorkbooks
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";

    /// <summary>A real workbook of units whose parts are then replaced or added to.</summary>
    public static byte[] Workbook(Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(Sheet(UnitHeaders, Unit("A", "Đơn vị A", "Other")));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }
        return stream.ToArray();
    }

    /// <summary>Replaces the sheet by the header row, then what <paramref name="writeRows"/> writes.</summary>
    public static byte[] WorkbookWithSheet(Action<StreamWriter> writeRows) => Workbook(zip =>
    {
        zip.GetEntry(SheetPart)!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(SheetPart, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        writer.Write(Row(1, UnitHeaders));
        writeRows(writer);
        writer.Write("</sheetData></worksheet>");
    });

    public static string Row(int number, params string[] texts) =>
        $"<row r=\"{number}\">" + string.Concat(texts.Select((t, i) =>
            $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(t)}</t></is></c>")) + "</row>";
}

/// <summary>A normal workbook, blank rows and a name of the maximum length included, is imported.</summary>
public abstract class UnitImportValues_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_still_import_a_normal_workbook_with_blank_rows_between_data_rows()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var file = WorkbookWithSheet(w =>
        {
            w.Write(Row(2, "A", "Đơn vị A", "Other"));
            w.Write(Row(500, "B", new string('b', 256), "Other"));
        });

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK);

        report["importedRows"]!.GetValue<int>().ShouldBe(2, report.ToJsonString());
        (await admin.GetJsonAsync<JsonObject>("/api/app/unit"))["totalCount"]!.GetValue<int>().ShouldBe(2);
    }
}

[Collection(Collections.Sqlite)]
public sealed class UnitImportValues_Sqlite_Tests(SqliteAppFixture fixture) : UnitImportValues_Tests<SqliteAppFixture>(fixture);

// On both databases: a 256-character name is the column's full length, which MariaDB enforces and SQLite does not.
[Collection(Collections.MySql)]
public sealed class UnitImportValues_MySql_Tests(MySqlAppFixture fixture) : UnitImportValues_Tests<MySqlAppFixture>(fixture);
