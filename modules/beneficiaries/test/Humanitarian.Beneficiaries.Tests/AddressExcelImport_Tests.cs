using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.AddressExcelFiles;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// A unit's survey list from Excel: each row through the address API's rules, named by row and column
/// when refused, probable duplicates written and flagged, large lists in the background.
/// </summary>
public abstract class AddressExcelImport_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/humanitarian-address";

    [Fact]
    public async Task Should_import_every_row_of_a_good_file_through_the_apis_rules()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var ward = await CreateAreaAsync(admin, "26734", "Phường Hồng Bàng", "Ward");
        var unit = await CreateUnitAsync(admin, "HB", "Hội Chữ thập đỏ phường Hồng Bàng", "RedCrossChapter");
        var file = Sheet(
            Person("Nguyễn Văn Ánh", new()
            {
                ["Giới tính"] = "Nam", ["Năm sinh"] = 1995, ["Ngày sinh"] = "25/03/1995", ["Số CCCD/CMND"] = "001095012345",
                ["Điện thoại"] = "0912 345 678", ["Địa chỉ"] = "Số 5, ngõ 12", ["Xã/phường"] = "phuong hong bang",
                ["Diện"] = "Nạn nhân chiến tranh; người cao tuổi cô đơn, Người sống chung với HIV/AIDS", ["Nhu cầu"] = "Chăm sóc sức khỏe; Lương thực",
                ["Hoàn cảnh"] = "Thương binh, sống một mình", ["Tình trạng sức khỏe"] = "Điều trị ARV", ["Mức hỗ trợ cần hằng tháng (đồng)"] = "1.500.000",
                ["Đơn vị khảo sát"] = "HB", ["Ngày khảo sát"] = new DateTime(2025, 1, 15), ["Đồng ý khảo sát"] = "Có", ["Đồng ý chia sẻ"] = "x",
                ["Đồng ý công khai"] = "Không",
            }),
            new() { ["Loại"] = "Cơ sở", ["Họ và tên / Tên cơ sở"] = "Nhà dưỡng lão Hoa Sen", ["Loại cơ sở"] = "Nhà dưỡng lão", ["Sức chứa"] = 40 });

        var report = await UploadAsync(admin, file, HttpStatusCode.OK);

        (Count(report, "totalRows"), Count(report, "importedRows"), Count(report, "invalidRows"), Count(report, "flaggedRows")).ShouldBe((2, 2, 0, 0));
        Status(report, 2).ShouldBe("Imported");
        var items = (await admin.GetJsonAsync<JsonObject>($"{Url}?sorting=name"))["items"]!.AsArray();
        // By folded name: "nguyen van anh" before "nha duong lao hoa sen".
        var facility = items[1]!;
        (facility["kind"]!.GetValue<string>(), facility["facilityKind"]!.GetValue<string>(), facility["capacity"]!.GetValue<int>())
            .ShouldBe(("Facility", "ElderlyHome", 40));
        var person = await admin.GetJsonAsync<JsonObject>($"{Url}/{items[0]!["id"]}");
        person["nationalId"]!.GetValue<string>().ShouldBe("001095012345");
        person["dateOfBirth"]!.GetValue<string>().ShouldBe("1995-03-25");
        person["communeId"]!.GetValue<Guid>().ShouldBe(ward);
        person["commune"]!.GetValue<string>().ShouldBe("Phường Hồng Bàng");
        person["surveyingUnitId"]!.GetValue<Guid>().ShouldBe(unit);
        person["surveyDate"]!.GetValue<string>().ShouldBe("2025-01-15");
        Strings(person, "categories").ShouldBe(["WarVictim", "HivAids", "LonelyElderly"]);
        Strings(person, "needs").ShouldBe(["Food", "HealthCare"]);
        person["monthlyValueSought"]!.GetValue<long>().ShouldBe(1_500_000);
        (person["consentToSurvey"]!.GetValue<bool>(), person["consentToShare"]!.GetValue<bool>(), person["consentToPublish"]!.GetValue<bool>())
            .ShouldBe((true, true, false));

        // The log has each imported record as created, by whom and when, without a row per value; a later change keeps its values.
        await admin.SendExpectingAsync(HttpMethod.Put, $"{Url}/{facility["id"]}",
            new { kind = "Facility", name = "Nhà dưỡng lão Hoa Sen", facilityKind = "ElderlyHome", capacity = 45 }, HttpStatusCode.OK);
        var changes = (await admin.GetJsonAsync<JsonObject>($"/api/audit-logging/audit-logs?entityType=HumanitarianAddress&entityId={facility["id"]}"))["items"]!
            .AsArray().SelectMany(log => log!["entityChanges"]!.AsArray())
            .Where(c => c!["entityId"]!.GetValue<string>() == facility["id"]!.GetValue<string>()).ToDictionary(c => c!["changeType"]!.GetValue<string>());
        changes["Created"]!["propertyChanges"]!.AsArray().ShouldBeEmpty();
        changes["Updated"]!["propertyChanges"]!.AsArray().Select(p => p!["newValue"]!.GetValue<string>()).ShouldContain("45");
    }

    [Fact]
    public async Task Should_name_the_row_and_column_of_each_refusal_and_write_nothing_when_all_or_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        await CreateAreaAsync(admin, "26734", "Phường Hồng Bàng", "Ward");
        var file = Sheet(
            Person("Trần Văn Bình", new() { ["Năm sinh"] = 1960, ["Xã/phường"] = "Phường Hồng Bàng" }),
            Person("Lê Thị Cúc", new() { ["Giới tính"] = "Nữ", ["Năm sinh"] = 1995, ["Số CCCD/CMND"] = "12345" }),
            Person("Phạm Văn Dũng", new() { ["Xã/phường"] = "Phường Không Có" }),
            Person("Hoàng Thị Em", new() { ["Giới tính"] = "Nữa", ["Diện"] = "Khuyết tật nặng" }),
            Person("Vũ Văn Giang", new() { ["Số CCCD/CMND"] = "001095012345", ["Giới tính"] = "Nữ", ["Năm sinh"] = 1995 }));

        var report = await UploadAsync(admin, file, HttpStatusCode.OK);

        (Count(report, "validRows"), Count(report, "invalidRows"), Count(report, "importedRows")).ShouldBe((1, 4, 0));
        Status(report, 2).ShouldBe("Valid");
        Messages(report, 3).ShouldBe([
            "Cột 'Số CCCD/CMND': Số định danh không hợp lệ: CCCD gồm 12 chữ số (3 chữ số đầu là mã tỉnh 001–096), CMND gồm 9 chữ số.",
        ]);
        Messages(report, 4).ShouldBe([
            "Cột 'Xã/phường': không tìm thấy xã, phường 'Phường Không Có' trong danh mục đơn vị hành chính của đơn vị (hoặc có nhiều nơi trùng tên).",
        ]);
        Messages(report, 5).ShouldBe(["Cột 'Giới tính': không có giá trị 'Nữa'.", "Cột 'Diện': không có giá trị 'Khuyết tật nặng'."]);
        Messages(report, 6).Single().ShouldStartWith("Cột 'Số CCCD/CMND': Số CCCD không khớp với hồ sơ");
        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_write_and_flag_probable_duplicates_of_the_tenants_addresses_and_of_other_rows()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { fullName = "Đỗ Thị Mai", sex = "Female", birthYear = 1970, nationalId = "001170012345", commune = "Xã Mường Phăng" }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, Url, new { fullName = "Lò Văn Pọm", birthYear = 1948, commune = "Xã Mường Phăng" }, HttpStatusCode.OK);
        var file = Sheet(
            Person("Đỗ Thị Mai Anh", new() { ["Giới tính"] = "Nữ", ["Năm sinh"] = 1970, ["Số CCCD/CMND"] = "001 170 012 345" }),
            Person("LO VAN POM", new() { ["Năm sinh"] = 1948, ["Xã/phường"] = "xã Mường Phăng" }),
            Person("Quàng Thị Xuân", new() { ["Năm sinh"] = 1955, ["Xã/phường"] = "Xã Nà Tấu" }),
            Person("Quàng Thị Xuân", new() { ["Năm sinh"] = 1955, ["Xã/phường"] = "Xã Nà Tấu" }),
            Person("Quàng Thị Xuân", new() { ["Năm sinh"] = 1956, ["Xã/phường"] = "Xã Nà Tấu" }));

        var report = await UploadAsync(admin, file, HttpStatusCode.OK);

        (Count(report, "importedRows"), Count(report, "flaggedRows")).ShouldBe((5, 3));
        Messages(report, 2).ShouldBe(["Có thể trùng với một địa chỉ nhân đạo đã có (cùng số CCCD/CMND): vẫn được ghi, kèm đánh dấu để kiểm tra lại."]);
        Messages(report, 3).ShouldBe(["Có thể trùng với một địa chỉ nhân đạo đã có (cùng họ tên, năm sinh và xã/phường): vẫn được ghi, kèm đánh dấu để kiểm tra lại."]);
        Messages(report, 4).ShouldBeEmpty();
        Messages(report, 5).ShouldBe(["Có thể trùng với dòng 4 trong tệp (cùng họ tên, năm sinh và xã/phường): vẫn được ghi, kèm đánh dấu để kiểm tra lại."]);
        Messages(report, 6).ShouldBeEmpty();
        var items = (await admin.GetJsonAsync<JsonObject>($"{Url}?filter=Quang Thi Xuan&maxResultCount=10"))["items"]!.AsArray();
        var born1955 = items.First(i => i!["birthYear"]!.GetValue<int>() == 1955)!;
        var duplicates = await admin.GetJsonAsync<JsonObject>($"{Url}/{born1955["id"]}/possible-duplicates");
        duplicates["items"]!.AsArray().Count.ShouldBe(1, "the address API finds the pair the import flagged");
    }

    [Fact]
    public async Task Should_let_a_unit_officer_import_for_its_own_units_only_and_without_sensitive_data()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var own = await CreateUnitAsync(admin, "TD", "Hội Chữ thập đỏ xã Tân Định", "RedCrossChapter");
        await CreateUnitAsync(admin, "BT", "Hội Chữ thập đỏ xã Bình Thạnh", "RedCrossChapter");
        var officerName = UniqueName("unit-officer");
        await CreateUserAsync(admin, officerName, own, "unit-officer");
        using var officer = await fixture.SignInAsync(tenant.Name, officerName, TestTenant.AdminPassword);
        var file = Sheet(
            Person("Mai Thị Thu", new() { ["Đơn vị khảo sát"] = "TD" }),
            Person("Trịnh Văn Lộc", new() { ["Đơn vị khảo sát"] = "BT" }),
            Person("Lê Văn Sơn", new() { ["Đơn vị khảo sát"] = "TD", ["Số CCCD/CMND"] = "123456789" }));

        var report = await UploadAsync(officer, file, HttpStatusCode.OK);

        Status(report, 2).ShouldBe("Valid");
        Messages(report, 3).ShouldBe(["Cột 'Đơn vị khảo sát': Chỉ được ghi nhận khảo sát của đơn vị mình phụ trách."]);
        Messages(report, 4).ShouldBe([
            "Cột 'Số CCCD/CMND': Bạn không có quyền nhập dữ liệu nhạy cảm (số định danh, HIV/AIDS, tình trạng sức khỏe).",
        ]);
        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);

        var kept = await UploadAsync(officer, file, HttpStatusCode.OK, mode: "ValidRowsOnly");
        Count(kept, "importedRows").ShouldBe(1);
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?surveyingUnitId={own}"))["items"]).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_import_a_large_list_in_the_background_with_progress()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var rows = Enumerable.Range(1, 600).Select(i => Person($"Người khảo sát số {i}", new() { ["Năm sinh"] = 1940 + i % 60 })).ToArray();

        var accepted = await UploadAsync(admin, Sheet(rows), HttpStatusCode.Accepted);
        var progressUrl = $"{Url}/import-progress/{accepted["operationId"]}";

        JsonObject progress;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        do
        {
            await Task.Delay(200);
            progress = await admin.GetJsonAsync<JsonObject>(progressUrl);
            progress["totalRows"]!.GetValue<int>().ShouldBe(600);
        }
        while (progress["status"]!.GetValue<string>() == "Running" && DateTime.UtcNow < deadline);

        progress["status"]!.GetValue<string>().ShouldBe("Completed", progress.ToJsonString());
        progress["processedRows"]!.GetValue<int>().ShouldBe(600);
        Count(progress["result"]!, "importedRows").ShouldBe(600);
        (await admin.GetJsonAsync<JsonObject>($"{Url}?maxResultCount=1"))["totalCount"]!.GetValue<long>().ShouldBe(600);
    }

    private static Dictionary<string, object?> Person(string name, Dictionary<string, object?> cells) =>
        new Dictionary<string, object?> { ["Loại"] = "Cá nhân", ["Họ và tên / Tên cơ sở"] = name }.Concat(cells).ToDictionary();

    private static List<string> Strings(JsonNode node, string name) => node[name]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
}

[Collection(Collections.Sqlite)]
public sealed class AddressExcelImport_Sqlite_Tests(SqliteAppFixture fixture) : AddressExcelImport_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class AddressExcelImport_MySql_Tests(MySqlAppFixture fixture) : AddressExcelImport_Tests<MySqlAppFixture>(fixture);
