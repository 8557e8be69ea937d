using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Organization.Tests.ExcelTestFiles;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>The statistics office's list of areas: existing codes updated, new ones created, every row reported.</summary>
public abstract class AdministrativeAreaExcelImport_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string ImportUrl = "/api/app/administrative-area/import-excel";
    private static readonly string[] GsoHeaders = ["Mã", "Tên", "Cấp", "Mã cấp trên"];

    private static async Task<Dictionary<string, JsonNode>> AreasByCodeAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonObject>("/api/app/administrative-area?maxResultCount=1000"))["items"]!.AsArray()
        .ToDictionary(a => a!["code"]!.GetValue<string>(), a => a!);

    [Fact]
    public async Task Should_update_an_existing_areas_name_and_create_the_new_ones()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var thanhTri = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/administrative-area",
            new { code = "020", name = "Huyện Thanh Trì", level = "District" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        // A title row above the headers, as the published list has.
        var file = Rows(
            ["DANH MỤC ĐƠN VỊ HÀNH CHÍNH", null, null, null],
            ["Mã", "Tên", "Cấp", "Mã cấp trên"],
            ["10015", "Xã Thanh Trì", "Xã", "020"],
            ["020", "Huyện Thanh Trì (đã sắp xếp)", "Huyện", null],
            ["00004", "Phường Ba Đình", "Phường", null],
            ["25", "Đặc khu Bạch Long Vĩ", "Đặc khu", null]);

        var dryRun = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK, dryRun: true);
        Messages(dryRun, 4).ShouldBe(["Mã '020' đã có: tên, cấp và cấp trên sẽ được cập nhật theo tệp."]);
        (await AreasByCodeAsync(admin))["020"]["name"]!.GetValue<string>().ShouldBe("Huyện Thanh Trì");

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK);

        report["totalRows"]!.GetValue<int>().ShouldBe(4);
        report["importedRows"]!.GetValue<int>().ShouldBe(4);
        Status(report, 3).ShouldBe("Imported");
        Status(report, 4).ShouldBe("Updated");
        Messages(report, 4).ShouldBeEmpty();
        var areas = await AreasByCodeAsync(admin);
        areas.Keys.ShouldBe(["00004", "020", "10015", "25"], ignoreOrder: true);
        areas["020"]["id"]!.GetValue<Guid>().ShouldBe(thanhTri);
        areas["020"]["name"]!.GetValue<string>().ShouldBe("Huyện Thanh Trì (đã sắp xếp)");
        areas["10015"]["parentId"]!.GetValue<Guid>().ShouldBe(thanhTri);
        areas["10015"]["level"]!.GetValue<string>().ShouldBe("Commune");
        areas["10015"]["name"]!.GetValue<string>().ShouldBe("Xã Thanh Trì");
        areas["00004"]["level"]!.GetValue<string>().ShouldBe("Ward");
        areas["25"]["level"]!.GetValue<string>().ShouldBe("SpecialZone");
    }

    [Fact]
    public async Task Should_report_invalid_rows_and_import_only_the_valid_ones_when_asked()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/administrative-area",
            new { code = "001", name = "Quận Ba Đình", level = "District" }, HttpStatusCode.OK);
        var file = Sheet(["code", "name", "level", "parentCode"],
            ["00001", "Phường Phúc Xá", "Ward", "001"],
            ["00001", "Phường Trúc Bạch", "Ward", "001"],
            ["00002", "Phường Cống Vị", "Thành phố trực thuộc", "001"],
            ["00003", "Phường Liễu Giai", "Ward", "999"],
            ["A", "Xã A", "Commune", "B"],
            ["B", "Xã B", "Commune", "A"],
            ["001", "Quận Ba Đình", "District", "00001"],
            ["00005", null, "Ward", "001"]);

        var refused = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK);
        refused["importedRows"]!.GetValue<int>().ShouldBe(0);
        (await AreasByCodeAsync(admin)).Keys.ShouldBe(["001"]);

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK, mode: "ValidRowsOnly");

        // Every row: 00001 (row 2) and 001 (row 8) name each other as parent.
        report["invalidRows"]!.GetValue<int>().ShouldBe(8);
        Messages(report, 3).ShouldBe(["Mã '00001' trùng với dòng 2 trong tệp."]);
        Messages(report, 4).ShouldBe(["Không có cấp hành chính 'Thành phố trực thuộc'.",
            "Cấp trên '001' (dòng 8) không hợp lệ nên dòng này cũng không được nhập."]);
        Messages(report, 5).ShouldBe(["Không tìm thấy đơn vị hành chính cấp trên có mã '999' trong hệ thống hoặc trong tệp."]);
        Messages(report, 6).ShouldBe(["Quan hệ cấp trên tạo thành vòng lặp: A → B → A."]);
        Messages(report, 7).ShouldBe(["Quan hệ cấp trên tạo thành vòng lặp: A → B → A."]);
        Messages(report, 8).ShouldBe(["Quan hệ cấp trên tạo thành vòng lặp: 00001 → 001 → 00001."]);
        Messages(report, 2).ShouldBe(["Quan hệ cấp trên tạo thành vòng lặp: 00001 → 001 → 00001."]);
        // The API's own message for a missing name, with the sheet's header for the field.
        Messages(report, 9).ShouldBe(["Trường Tên là bắt buộc.", "Cấp trên '001' (dòng 8) không hợp lệ nên dòng này cũng không được nhập."]);
        report["importedRows"]!.GetValue<int>().ShouldBe(0);
        (await AreasByCodeAsync(admin)).Keys.ShouldBe(["001"]);

        var valid = Sheet(["code", "name", "level", "parentCode"],
            ["00001", "Phường Phúc Xá", "Phường", "001"],
            ["00003", "Phường Liễu Giai", "Ward", "999"]);
        var partial = await UploadExpectingAsync(admin, ImportUrl, valid, HttpStatusCode.OK, mode: "ValidRowsOnly");
        Status(partial, 2).ShouldBe("Imported");
        Status(partial, 3).ShouldBe("Invalid");
        (await AreasByCodeAsync(admin)).Keys.ShouldBe(["00001", "001"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_keep_imported_areas_inside_the_tenant()
    {
        using var adminA = await NewTenantAdminAsync(fixture);
        using var adminB = await NewTenantAdminAsync(fixture);
        var file = Sheet(GsoHeaders, ["020", "Huyện Thanh Trì", "Huyện", null], ["10015", "Xã Thanh Trì", "Xã", "020"]);

        (await UploadExpectingAsync(adminA, ImportUrl, file, HttpStatusCode.OK))["importedRows"]!.GetValue<int>().ShouldBe(2);

        (await AreasByCodeAsync(adminB)).ShouldBeEmpty();
        var report = await UploadExpectingAsync(adminB, ImportUrl, file, HttpStatusCode.OK);
        Status(report, 2).ShouldBe("Imported");
        (await AreasByCodeAsync(adminA))["020"]["id"]!.GetValue<Guid>()
            .ShouldNotBe((await AreasByCodeAsync(adminB))["020"]["id"]!.GetValue<Guid>());
    }
}

[Collection(Collections.Sqlite)]
public sealed class AdministrativeAreaExcelImport_Sqlite_Tests(SqliteAppFixture fixture) : AdministrativeAreaExcelImport_Tests<SqliteAppFixture>(fixture);

// On both databases: rows are matched by folded code, partly written in one transaction, and kept inside the tenant.
[Collection(Collections.MySql)]
public sealed class AdministrativeAreaExcelImport_MySql_Tests(MySqlAppFixture fixture) : AdministrativeAreaExcelImport_Tests<MySqlAppFixture>(fixture);
