using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.Organization.Tests.ExcelTestFiles;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>
/// Units and contacts from Excel: every row checked and reported, nothing written unless all rows are
/// valid (or the user imports the valid rows), parents before children, large files in the background.
/// </summary>
public abstract class UnitExcelImport_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_report_each_invalid_row_and_write_nothing_when_all_or_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter");
        var file = Sheet(UnitHeaders,
            Unit("HCTD-001", "Hội Chữ thập đỏ quận Ba Đình", "Hội Chữ thập đỏ", "HCTD", contact: "Nguyễn Văn An", email: "an@example.org"),
            Unit("HCTD-002", "Hội Chữ thập đỏ quận Hoàn Kiếm", "RedCrossChapter", "HCTD", contact: "Trần Thị Bình", email: "khong-phai-email"),
            Unit("hctd-001", "Hội Chữ thập đỏ quận Tây Hồ", "RedCrossChapter", "HCTD"),
            Unit("HCTD", "Hội Chữ thập đỏ tỉnh (bản mới)", "RedCrossChapter"),
            Unit("HCTD-004", "Hội Chữ thập đỏ huyện Đông Anh", "RedCrossChapter", "KHONG-CO"),
            Unit("HCTD-005", "Trường THPT Chu Văn An", "Trường đại học", "HCTD"),
            Unit("HCTD-006", null, "School", "HCTD"),
            Unit("HCTD-007", new string('x', 257), "School", "HCTD"));

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK);

        report["totalRows"]!.GetValue<int>().ShouldBe(8);
        report["validRows"]!.GetValue<int>().ShouldBe(1);
        report["invalidRows"]!.GetValue<int>().ShouldBe(7);
        report["importedRows"]!.GetValue<int>().ShouldBe(0);
        Status(report, 2).ShouldBe("Valid");
        Row(report, 2)["code"]!.GetValue<string>().ShouldBe("HCTD-001");
        Messages(report, 2).ShouldBeEmpty();
        Messages(report, 3).ShouldBe(["Trường E-mail không phải là địa chỉ e-mail hợp lệ."]);
        Messages(report, 4).ShouldBe(["Mã 'hctd-001' trùng với dòng 2 trong tệp."]);
        Messages(report, 5).ShouldBe(["Mã đơn vị 'HCTD' đã được dùng cho một đơn vị khác (không phân biệt chữ hoa, chữ thường và dấu)."]);
        Messages(report, 6).ShouldBe(["Không tìm thấy đơn vị cấp trên có mã 'KHONG-CO' trong hệ thống hoặc trong tệp."]);
        Messages(report, 7).ShouldBe(["Không có loại đơn vị 'Trường đại học'."]);
        Messages(report, 8).ShouldBe(["Trường Tên đơn vị là bắt buộc."]);
        Messages(report, 9).ShouldBe(["Trường Tên đơn vị dài tối đa 256 ký tự."]);
        foreach (var row in Enumerable.Range(3, 7))
        {
            Status(report, row).ShouldBe("Invalid");
        }
        (await UnitsByCodeAsync(admin)).Keys.ShouldBe(["HCTD"]);
    }

    [Fact]
    public async Task Should_write_exactly_the_valid_rows_when_importing_valid_rows_only()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var file = Sheet(UnitHeaders,
            Unit("HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter", contact: "Lê Văn Ba", position: "Chủ tịch Hội", email: "ba@example.org",
                phone: "0912 345 678", reminders: "Có"),
            Unit("HCTD-001", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter", "HCTD", active: "Không"),
            Unit("HCTD-002", "Hội Chữ thập đỏ quận Hoàn Kiếm", "RedCrossChapter", "HCTD", contact: "Trần Thị Bình", email: "binh@@example"),
            Unit("HCTD-002-01", "Hội Chữ thập đỏ phường Hàng Bạc", "RedCrossChapter", "HCTD-002"),
            Unit("HCTD", null, null, contact: "Phạm Thị Chi", position: "Trưởng ban Công tác xã hội", email: "chi@example.org"),
            Unit("HCTD", null, null, contact: "Võ Văn Dũng", email: "khong-hop-le"),
            Unit("HCTD-003", "Hội Chữ thập đỏ quận Tây Hồ", "RedCrossChapter", "HCTD", contact: "Đỗ Thị Em", reminders: "x"));

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK, mode: "ValidRowsOnly");

        report["totalRows"]!.GetValue<int>().ShouldBe(7);
        report["invalidRows"]!.GetValue<int>().ShouldBe(4);
        report["importedRows"]!.GetValue<int>().ShouldBe(3);
        new[] { 2, 3, 6 }.ShouldAllBe(row => Status(report, row) == "Imported");
        new[] { 4, 5, 7, 8 }.ShouldAllBe(row => Status(report, row) == "Invalid");
        Messages(report, 5).ShouldBe(["Cấp trên 'HCTD-002' (dòng 4) không hợp lệ nên dòng này cũng không được nhập."]);
        Messages(report, 8).ShouldBe(["Người nhận nhắc việc phải có địa chỉ e-mail."]);

        var units = await UnitsByCodeAsync(admin);
        units.Keys.ShouldBe(["HCTD", "HCTD-001"], ignoreOrder: true);
        var province = units["HCTD"];
        province["kind"]!.GetValue<string>().ShouldBe("RedCrossChapter");
        province["isActive"]!.GetValue<bool>().ShouldBeTrue();
        units["HCTD-001"]["parentId"]!.GetValue<Guid>().ShouldBe(province["id"]!.GetValue<Guid>());
        units["HCTD-001"]["isActive"]!.GetValue<bool>().ShouldBeFalse();
        var contacts = province["contacts"]!.AsArray();
        Strings(contacts, "name").ShouldBe(["Lê Văn Ba", "Phạm Thị Chi"]);
        contacts[0]!["position"]!.GetValue<string>().ShouldBe("Chủ tịch Hội");
        contacts[0]!["phone"]!.GetValue<string>().ShouldBe("0912 345 678");
        contacts[0]!["receivesReminders"]!.GetValue<bool>().ShouldBeTrue();
        contacts[1]!["receivesReminders"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_report_an_import_whose_server_stopped_as_interrupted()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var adminId = (await GetConfigurationAsync(admin))["currentUser"]!["id"]!.GetValue<Guid>();
        var operationId = Guid.NewGuid();
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            // What a server leaves behind when it stops in the middle of an import.
            var db = scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>();
            db.Set<ExcelImportOperation>().Add(new ExcelImportOperation(operationId, tenant.Id, adminId, "Organization.Units", 2000, [])
            {
                CreationTime = DateTime.UtcNow.AddHours(-2),
            });
            await db.SaveChangesAsync();
        }

        var progress = await admin.GetJsonAsync<JsonObject>($"/api/app/unit/import-progress/{operationId}");

        progress["status"]!.GetValue<string>().ShouldBe("Failed");
        progress["error"]!.GetValue<string>().ShouldContain("gián đoạn");
    }

    [Fact]
    public async Task Should_import_a_large_file_in_the_background_with_progress_as_the_calling_user()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var adminId = (await GetConfigurationAsync(admin))["currentUser"]!["id"]!.GetValue<Guid>();
        // Children first, their parent last: 599 communes under one district.
        var rows = Enumerable.Range(1, 599)
            .Select(i => Unit($"HCTD-020-{i:000}", $"Hội Chữ thập đỏ xã số {i}", "RedCrossChapter", "HCTD-020",
                contact: $"Người liên hệ {i}", email: $"lienhe{i}@example.org", reminders: "Có"))
            .Append(Unit("HCTD-020", "Hội Chữ thập đỏ huyện Thanh Trì", "RedCrossChapter"))
            .ToArray();

        var accepted = await UploadExpectingAsync(admin, ImportUrl, Sheet(UnitHeaders, rows), HttpStatusCode.Accepted);
        var operationId = accepted["operationId"]!.GetValue<Guid>();
        accepted.AsObject().Select(p => p.Key).ShouldBe(["operationId"]); // the progress address is the Location header only
        var progressUrl = $"/api/app/unit/import-progress/{operationId}";

        JsonObject progress;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            progress = await admin.GetJsonAsync<JsonObject>(progressUrl);
            progress["totalRows"]!.GetValue<int>().ShouldBe(600);
            if (progress["status"]!.GetValue<string>() != "Running" || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(200);
        }

        progress["status"]!.GetValue<string>().ShouldBe("Completed", progress.ToJsonString());
        progress["processedRows"]!.GetValue<int>().ShouldBe(600);
        var result = progress["result"]!;
        result["importedRows"]!.GetValue<int>().ShouldBe(600);
        result["invalidRows"]!.GetValue<int>().ShouldBe(0);
        var units = await admin.GetJsonAsync<JsonObject>("/api/app/unit?maxResultCount=1000");
        units["totalCount"]!.GetValue<long>().ShouldBe(600);
        var district = units["items"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == "HCTD-020")!;
        district["creatorId"]!.GetValue<Guid>().ShouldBe(adminId);
        // Work done in the background is still the user's change, in the audit log.
        var audit = await admin.GetJsonAsync<JsonObject>($"/api/audit-logging/audit-logs?entityType=Unit&entityId={district["id"]}");
        audit["items"]!.AsArray().ShouldHaveSingleItem()!["userId"]!.GetValue<Guid>().ShouldBe(adminId);
        var commune = units["items"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == "HCTD-020-001")!;
        commune["parentId"]!.GetValue<Guid>().ShouldBe(district["id"]!.GetValue<Guid>());
        commune["contacts"]!.AsArray().ShouldHaveSingleItem()!["email"]!.GetValue<string>().ShouldBe("lienhe1@example.org");

        // The job runs again (its server died after committing, before the job's row was removed): the
        // stored outcome makes the repeat write nothing; the uploaded file is not kept once imported.
        using (var scope = fixture.Factory.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            await scope.ServiceProvider.GetRequiredService<ExcelImportJob>()
                .ExecuteAsync(new ExcelImportArgs(operationId, ExcelImportMode.AllOrNothing, DryRun: false));
            var stored = await scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>().Set<ExcelImportOperation>()
                .FindAsync(operationId);
            stored!.Content.ShouldBeNull();
        }
        (await admin.GetJsonAsync<JsonObject>("/api/app/unit?maxResultCount=1"))["totalCount"]!.GetValue<long>().ShouldBe(600);

        // Another server (no live count in its memory) answers from the database with the same report.
        ((MemoryCache)fixture.Factory.Services.GetRequiredService<IMemoryCache>()).Compact(1.0);
        var elsewhere = await admin.GetJsonAsync<JsonObject>(progressUrl);
        elsewhere["status"]!.GetValue<string>().ShouldBe("Completed");
        elsewhere["result"]!["importedRows"]!.GetValue<int>().ShouldBe(600);
        elsewhere["result"]!["rows"]!.AsArray().Count.ShouldBe(600);

        // The operation is the caller's: another user, or another tenant, does not see it.
        var otherName = UniqueName("importer");
        await CreateUserAsync(admin, otherName, null, "admin");
        using var otherUser = await fixture.SignInAsync(tenant.Name, otherName, TestTenant.AdminPassword);
        using var otherTenant = await NewTenantAdminAsync(fixture);
        await otherUser.SendExpectingAsync(HttpMethod.Get, progressUrl, null, HttpStatusCode.NotFound);
        await otherTenant.SendExpectingAsync(HttpMethod.Get, progressUrl, null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_keep_an_import_inside_the_tenant()
    {
        using var adminA = await NewTenantAdminAsync(fixture);
        using var adminB = await NewTenantAdminAsync(fixture);
        var file = Sheet(UnitHeaders,
            Unit("HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter", contact: "Lê Văn Ba", email: "ba@example.org"),
            Unit("HCTD-001", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter", "HCTD"));

        (await UploadExpectingAsync(adminA, ImportUrl, file, HttpStatusCode.OK))["importedRows"]!.GetValue<int>().ShouldBe(2);

        (await adminB.GetJsonAsync<JsonObject>("/api/app/unit"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        var childOfA = await UploadExpectingAsync(adminB, ImportUrl,
            Sheet(UnitHeaders, Unit("HCTD-002", "Hội Chữ thập đỏ quận Hoàn Kiếm", "RedCrossChapter", "HCTD")), HttpStatusCode.OK);
        Messages(childOfA, 2).ShouldBe(["Không tìm thấy đơn vị cấp trên có mã 'HCTD' trong hệ thống hoặc trong tệp."]);
        // The same codes are free in another tenant.
        (await UploadExpectingAsync(adminB, ImportUrl, file, HttpStatusCode.OK))["importedRows"]!.GetValue<int>().ShouldBe(2);
        (await adminA.GetJsonAsync<JsonObject>("/api/app/unit"))["totalCount"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public async Task Should_keep_a_unit_officers_import_inside_their_subtree()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var province = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter");
        var district = await CreateUnitAsync(admin, "HCTD-020", "Hội Chữ thập đỏ huyện Thanh Trì", "RedCrossChapter", province);
        await CreateUnitAsync(admin, "HCTD-001", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter", province);
        await admin.SendExpectingAsync(HttpMethod.Put, "/api/permission-management/permissions?providerName=R&providerKey=unit-officer", new
        {
            permissions = new[] { new { name = "Humanitarian.Organization.Units.Create", isGranted = true } },
        }, HttpStatusCode.OK);
        var officerName = UniqueName("officer");
        await CreateUserAsync(admin, officerName, district, "unit-officer");
        using var officer = await fixture.SignInAsync(tenant.Name, officerName, TestTenant.AdminPassword);

        var report = await UploadExpectingAsync(officer, ImportUrl, Sheet(UnitHeaders,
            Unit("HCTD-020-TH", "Hội Chữ thập đỏ xã Tả Thanh Oai", "RedCrossChapter", "HCTD-020"),
            Unit("HCTD-001-PX", "Hội Chữ thập đỏ phường Phúc Xá", "RedCrossChapter", "HCTD-001"),
            Unit("MOI", "Đơn vị cấp tỉnh mới", "Other")), HttpStatusCode.OK, mode: "ValidRowsOnly");

        Status(report, 2).ShouldBe("Imported");
        Messages(report, 3).ShouldBe(["Không tìm thấy đơn vị cấp trên có mã 'HCTD-001' trong hệ thống hoặc trong tệp."]);
        Messages(report, 4).ShouldBe(["Hãy chọn đơn vị cấp trên trong phạm vi đơn vị của bạn."]);
        (await UnitsByCodeAsync(admin)).Keys.ShouldBe(["HCTD", "HCTD-001", "HCTD-020", "HCTD-020-TH"], ignoreOrder: true);
    }
}

[Collection(Collections.Sqlite)]
public sealed class UnitExcelImport_Sqlite_Tests(SqliteAppFixture fixture) : UnitExcelImport_Tests<SqliteAppFixture>(fixture);

// On both databases: all-or-nothing writes in one transaction, background jobs claimed by an UPDATE with a lease, progress rows, tenant and subtree filters.
[Collection(Collections.MySql)]
public sealed class UnitExcelImport_MySql_Tests(MySqlAppFixture fixture) : UnitExcelImport_Tests<MySqlAppFixture>(fixture);

/// <summary>How an import reads its file (order of parents, cycles, dry run, file checks, row limit): decided before anything is written, so SQLite only.</summary>
public abstract class UnitExcelImportRules_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_create_parents_declared_later_in_the_file_first()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var existing = await CreateUnitAsync(admin, "UBND", "Ủy ban nhân dân tỉnh", "PeopleCommittee");
        var file = Sheet(UnitHeaders,
            Unit("HCTD-020-TH", "Hội Chữ thập đỏ xã Tả Thanh Oai", "hoi chu thap do", "HCTD-020"),
            Unit("HCTD-020", "Hội Chữ thập đỏ huyện Thanh Trì", "REDCROSSCHAPTER", "hctd"),
            Unit("HCTD", "Hội Chữ thập đỏ tỉnh", "Hội Chữ Thập Đỏ"),
            Unit("SYT", "Sở Y tế", "Sở, ban, ngành", "UBND"));

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK);

        report["importedRows"]!.GetValue<int>().ShouldBe(4, report.ToJsonString());
        var units = await UnitsByCodeAsync(admin);
        units["HCTD-020-TH"]["parentId"]!.GetValue<Guid>().ShouldBe(units["HCTD-020"]["id"]!.GetValue<Guid>());
        units["HCTD-020"]["parentId"]!.GetValue<Guid>().ShouldBe(units["HCTD"]["id"]!.GetValue<Guid>());
        units["HCTD"]["parentId"].ShouldBeNull();
        units["SYT"]["parentId"]!.GetValue<Guid>().ShouldBe(existing);
        units["SYT"]["kind"]!.GetValue<string>().ShouldBe("Department");
        units["HCTD-020-TH"]["name"]!.GetValue<string>().ShouldBe("Hội Chữ thập đỏ xã Tả Thanh Oai");
    }

    [Fact]
    public async Task Should_report_a_cycle_of_parents()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var file = Sheet(UnitHeaders,
            Unit("A", "Đơn vị A", "Other", "B"),
            Unit("B", "Đơn vị B", "Other", "A"),
            Unit("C", "Đơn vị C", "Other", "A"),
            Unit("D", "Đơn vị D", "Other", "D"),
            Unit("E", "Đơn vị E", "Other"));

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK, mode: "ValidRowsOnly");

        Messages(report, 2).ShouldBe(["Quan hệ cấp trên tạo thành vòng lặp: A → B → A."]);
        Messages(report, 3).ShouldBe(["Quan hệ cấp trên tạo thành vòng lặp: A → B → A."]);
        Messages(report, 4).ShouldBe(["Cấp trên 'A' (dòng 2) không hợp lệ nên dòng này cũng không được nhập."]);
        Messages(report, 5).ShouldBe(["Quan hệ cấp trên tạo thành vòng lặp: D → D."]);
        Status(report, 6).ShouldBe("Imported");
        (await UnitsByCodeAsync(admin)).Keys.ShouldBe(["E"]);
    }

    [Fact]
    public async Task Should_check_without_writing_on_a_dry_run_and_accept_english_headers()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var file = Sheet(["code", "name", "kind", "parentCode", "contactName", "email", "receivesReminders"],
            ["HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter", null, "Lê Văn Ba", "ba@example.org", true],
            ["HCTD-001", "Hội Chữ thập đỏ quận Ba Đình", "Red Cross chapter", "HCTD", null, null, false]);

        var report = await UploadExpectingAsync(admin, ImportUrl, file, HttpStatusCode.OK, dryRun: true);

        report["validRows"]!.GetValue<int>().ShouldBe(2);
        report["importedRows"]!.GetValue<int>().ShouldBe(0);
        Status(report, 2).ShouldBe("Valid");
        Status(report, 3).ShouldBe("Valid");
        (await UnitsByCodeAsync(admin)).ShouldBeEmpty();

        var english = await UploadAsync(admin, ImportUrl + "?culture=en", Sheet(UnitHeaders, Unit("X", "Đơn vị X", "Không rõ")));
        var englishReport = JsonNode.Parse(await english.Content.ReadAsStringAsync())!;
        Messages(englishReport, 2).ShouldBe(["There is no unit kind 'Không rõ'."]);
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_not_an_xlsx_workbook_of_units()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");
        using var zipStream = new MemoryStream();
        using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<document/>");
        }
        var csv = Encoding.UTF8.GetBytes("Mã đơn vị,Tên đơn vị,Loại đơn vị\nA,Đơn vị A,Other\n");
        var tooLarge = new byte[5 * 1024 * 1024 + 1];
        var noKindColumn = Sheet(["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"]);

        foreach (var (content, name) in new[] { (pdf, "don-vi.xlsx"), (zipStream.ToArray(), "don-vi.xlsx"), (csv, "don-vi.csv"), (tooLarge, "lon.xlsx") })
        {
            var refused = await UploadExpectingAsync(admin, ImportUrl, content, HttpStatusCode.BadRequest, fileName: name);
            ValidationMembers(refused).ShouldBe(["file"], name);
        }
        var notXlsx = await UploadExpectingAsync(admin, ImportUrl, pdf, HttpStatusCode.BadRequest, fileName: "don-vi.xlsx");
        notXlsx["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith("Tệp 'don-vi.xlsx' không phải là tệp Excel .xlsx");
        var large = await UploadExpectingAsync(admin, ImportUrl, tooLarge, HttpStatusCode.BadRequest, fileName: "lon.xlsx");
        large["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("5 MB");
        var missing = await UploadExpectingAsync(admin, ImportUrl, noKindColumn, HttpStatusCode.BadRequest);
        missing["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("Loại đơn vị");
        var noFile = await admin.SendExpectingAsync(HttpMethod.Post, ImportUrl, null, HttpStatusCode.BadRequest);
        ValidationMembers(noFile).ShouldBe(["file"]);
        (await UnitsByCodeAsync(admin)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_name_an_uploaded_file_without_the_path_it_was_sent_with()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

        foreach (var sent in new[] { @"..\..\don-vi.xlsx", "../../don-vi.xlsx", @"C:\tmp/don-vi.xlsx" })
        {
            var refused = await UploadExpectingAsync(admin, ImportUrl, pdf, HttpStatusCode.BadRequest, fileName: sent);
            refused["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith("Tệp 'don-vi.xlsx' không phải", customMessage: sent);
        }
    }

    [Fact]
    public async Task Should_refuse_more_rows_than_the_limit()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var rows = Enumerable.Range(1, 10_001).Select(i => Unit($"U{i}", $"Đơn vị {i}", "Other")).ToArray();

        var refused = await UploadExpectingAsync(admin, ImportUrl, Sheet(UnitHeaders, rows), HttpStatusCode.BadRequest);

        ValidationMembers(refused).ShouldBe(["file"]);
        refused["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("10.000");
    }
}

[Collection(Collections.Sqlite)]
public sealed class UnitExcelImportRules_Sqlite_Tests(SqliteAppFixture fixture) : UnitExcelImportRules_Tests<SqliteAppFixture>(fixture);
