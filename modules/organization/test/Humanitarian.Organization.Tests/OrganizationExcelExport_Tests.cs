using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Organization.Tests.ExcelTestFiles;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>Units, contacts and committee members as .xlsx files: Vietnamese headers and text intact, tenant and unit scope kept.</summary>
public abstract class OrganizationExcelExport_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static async Task<(HttpResponseMessage Response, List<string> Headers, List<Dictionary<string, object?>> Rows)> DownloadAsync(
        ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        var content = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ContentType);
        var (headers, rows) = Read(content);
        return (response, headers, rows);
    }

    private static string? Text(Dictionary<string, object?> row, string header) => row[header]?.ToString();

    [Fact]
    public async Task Should_export_ha_nois_units_with_vietnamese_headers_and_text()
    {
        using var admin = await fixture.SignInAsync("ha-noi", "admin");

        var (response, headers, rows) = await DownloadAsync(admin, "/api/app/unit/export-excel");

        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.ShouldBe("attachment");
        disposition.FileNameStar!.ShouldStartWith("Danh sách đơn vị ");
        disposition.FileNameStar.ShouldEndWith(".xlsx");
        headers.ShouldBe(["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Mã đơn vị hành chính", "Đang hoạt động", "Số người liên hệ"]);
        var listed = await admin.GetJsonAsync<JsonObject>("/api/app/unit?maxResultCount=1000");
        // Every unit, sorted by code as the list is.
        rows.Select(r => Text(r, "Mã đơn vị")).ShouldBe(Strings(listed["items"], "code"));
        var thanhTri = rows.Single(r => Text(r, "Mã đơn vị") == "HN-UBND-020");
        Text(thanhTri, "Tên đơn vị").ShouldBe("Ủy ban nhân dân huyện Thanh Trì");
        Text(thanhTri, "Loại đơn vị").ShouldBe("Ủy ban nhân dân");
        Text(thanhTri, "Mã đơn vị cấp trên").ShouldBe("HN-UBND");
        Text(thanhTri, "Mã đơn vị hành chính").ShouldBe("020");
        Text(thanhTri, "Đang hoạt động").ShouldBe("Có");
        var redCross = rows.Single(r => Text(r, "Mã đơn vị") == "HN-HCTD");
        Text(redCross, "Tên đơn vị").ShouldBe("Hội Chữ thập đỏ thành phố Hà Nội");
        Text(redCross, "Loại đơn vị").ShouldBe("Hội Chữ thập đỏ");
        Text(redCross, "Mã đơn vị cấp trên").ShouldBeNull();
        Convert.ToInt32(redCross["Số người liên hệ"]).ShouldBe(2);
    }

    [Fact]
    public async Task Should_export_the_units_the_list_shows_for_the_same_filters_and_in_english_on_request()
    {
        using var admin = await fixture.SignInAsync("ha-noi", "admin");
        const string query = "kind=RedCrossChapter&filter=ba dinh&sorting=name desc";

        var listed = await admin.GetJsonAsync<JsonObject>($"/api/app/unit?{query}&maxResultCount=1000");
        var (_, _, rows) = await DownloadAsync(admin, $"/api/app/unit/export-excel?{query}");
        var (english, englishHeaders, englishRows) = await DownloadAsync(admin, $"/api/app/unit/export-excel?{query}&culture=en");

        Strings(listed["items"], "code").ShouldBe(["HN-HCTD-001"], "the seeded Red Cross chapter of Ba Đình");
        rows.Select(r => Text(r, "Mã đơn vị")).ShouldBe(Strings(listed["items"], "code"));
        englishHeaders[0].ShouldBe("Unit code");
        englishRows.Select(r => Text(r, "Unit kind")).ShouldAllBe(k => k == "Red Cross chapter");
        english.Content.Headers.ContentDisposition!.FileNameStar!.ShouldStartWith("Units ");
    }

    [Fact]
    public async Task Should_export_contacts_with_their_unit_and_reminder_flag()
    {
        using var admin = await fixture.SignInAsync("ha-noi", "admin");

        var (response, headers, rows) = await DownloadAsync(admin, "/api/app/unit/export-contacts-excel");

        response.Content.Headers.ContentDisposition!.FileNameStar!.ShouldStartWith("Danh sách người liên hệ ");
        headers.ShouldBe(["Mã đơn vị", "Tên đơn vị", "Người liên hệ", "Chức vụ", "E-mail", "Điện thoại", "Nhận nhắc việc"]);
        var redCross = rows.Where(r => Text(r, "Mã đơn vị") == "HN-HCTD").ToList();
        redCross.Select(r => Text(r, "Người liên hệ")).ShouldBe(["Lê Minh Tú", "Phạm Thị Ngọc Thúy"]);
        var receiver = redCross[1];
        Text(receiver, "Tên đơn vị").ShouldBe("Hội Chữ thập đỏ thành phố Hà Nội");
        Text(receiver, "Chức vụ").ShouldBe("Trưởng ban Công tác xã hội");
        Text(receiver, "E-mail").ShouldBe("pham.thi.ngoc.thuy@demo.humanitarian.local");
        Text(receiver, "Điện thoại").ShouldBe("0900 000 004");
        Text(receiver, "Nhận nhắc việc").ShouldBe("Có");
        Text(redCross[0], "Nhận nhắc việc").ShouldBe("Không");
    }

    [Fact]
    public async Task Should_export_a_committees_current_and_ended_members()
    {
        using var haNoi = await fixture.SignInAsync("ha-noi", "admin");
        var cityBoard = (await haNoi.GetJsonAsync<JsonObject>("/api/app/committee?kind=FundraisingBoard"))["items"]!.AsArray()
            .Single(c => c!["name"]!.GetValue<string>().EndsWith("thành phố Hà Nội"))!;

        var (response, headers, rows) = await DownloadAsync(haNoi, $"/api/app/committee/{cityBoard["id"]}/export-members-excel");

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"Thành viên {cityBoard["name"]}.xlsx");
        headers.ShouldBe(["Họ và tên", "Đơn vị", "Chức vụ trong ban", "Chức danh", "Bắt đầu nhiệm kỳ", "Kết thúc nhiệm kỳ", "Tình trạng"]);
        var history = await haNoi.GetJsonAsync<JsonObject>($"/api/app/committee/{cityBoard["id"]}/members?includeEnded=true");
        rows.Select(r => Text(r, "Họ và tên")).ShouldBe(Strings(history["items"], "fullName"));
        Text(rows[0], "Họ và tên").ShouldBe("Đặng Thị Minh Châu");
        Text(rows[0], "Chức vụ trong ban").ShouldBe("Trưởng ban");

        // A replaced member stays, with the day their term ended.
        using var admin = await NewTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "UBND", "Ủy ban nhân dân tỉnh", "PeopleCommittee");
        var board = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/committee",
            new { name = "Ban vận động 30/KH: Quỹ “Vì người nghèo”", kind = "FundraisingBoard" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var head = (await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/member", new
        {
            fullName = "Nguyễn Văn Đông", unitId = unit, position = "Head", title = "Phó Chủ tịch UBND tỉnh", termStart = "2020-01-01",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{board}/replace-member",
            new { memberId = head, fullName = "Trần Thị Ánh", unitId = unit, termStart = "2024-03-01" }, HttpStatusCode.OK);

        var (ownResponse, _, members) = await DownloadAsync(admin, $"/api/app/committee/{board}/export-members-excel");

        ownResponse.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("Thành viên Ban vận động 30-KH- Quỹ “Vì người nghèo”.xlsx");
        members.Select(m => Text(m, "Họ và tên")).ShouldBe(["Nguyễn Văn Đông", "Trần Thị Ánh"]);
        var ended = members[0];
        Text(ended, "Đơn vị").ShouldBe("Ủy ban nhân dân tỉnh");
        Text(ended, "Chức danh").ShouldBe("Phó Chủ tịch UBND tỉnh");
        ended["Bắt đầu nhiệm kỳ"].ShouldBe(new DateTime(2020, 1, 1));
        ended["Kết thúc nhiệm kỳ"].ShouldBe(new DateTime(2024, 2, 29));
        Text(ended, "Tình trạng").ShouldBe("Đã hết nhiệm kỳ");
        members[1]["Kết thúc nhiệm kỳ"].ShouldBeNull();
        Text(members[1], "Tình trạng").ShouldBe("Đương nhiệm");
        Text(members[1], "Chức vụ trong ban").ShouldBe("Trưởng ban");

        // Another tenant's committee does not exist here.
        await haNoi.SendExpectingAsync(HttpMethod.Get, $"/api/app/committee/{board}/export-members-excel", null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_export_only_the_tenants_units_and_only_a_unit_officers_subtree()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var province = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter");
        var district = await CreateUnitAsync(admin, "HCTD-020", "Hội Chữ thập đỏ huyện Thanh Trì", "RedCrossChapter", province);
        await CreateUnitAsync(admin, "HCTD-020-TH", "Hội Chữ thập đỏ xã Tả Thanh Oai", "RedCrossChapter", district);
        await CreateUnitAsync(admin, "HCTD-001", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter", province);
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{district}/contact",
            new { name = "Lê Thị Hà", email = "ha@example.org", receivesReminders = true }, HttpStatusCode.OK);
        var officerName = UniqueName("officer");
        await CreateUserAsync(admin, officerName, district, "unit-officer");
        using var officer = await fixture.SignInAsync(tenant.Name, officerName, TestTenant.AdminPassword);
        using var otherTenant = await NewTenantAdminAsync(fixture);

        var (_, _, all) = await DownloadAsync(admin, "/api/app/unit/export-excel");
        var (_, _, scoped) = await DownloadAsync(officer, "/api/app/unit/export-excel");
        var (_, _, scopedContacts) = await DownloadAsync(officer, "/api/app/unit/export-contacts-excel");
        var (_, _, foreign) = await DownloadAsync(otherTenant, "/api/app/unit/export-excel");

        all.Select(r => Text(r, "Mã đơn vị")).ShouldBe(["HCTD", "HCTD-001", "HCTD-020", "HCTD-020-TH"]);
        scoped.Select(r => Text(r, "Mã đơn vị")).ShouldBe(["HCTD-020", "HCTD-020-TH"]);
        // The officer's own unit: its parent lies outside their scope and is not shown.
        Text(scoped[0], "Mã đơn vị cấp trên").ShouldBeNull();
        Text(scoped[1], "Mã đơn vị cấp trên").ShouldBe("HCTD-020");
        scopedContacts.Select(r => Text(r, "Người liên hệ")).ShouldBe(["Lê Thị Hà"]);
        foreign.ShouldBeEmpty();
    }
}

[Collection(Collections.Sqlite)]
public sealed class OrganizationExcelExport_Sqlite_Tests(SqliteAppFixture fixture) : OrganizationExcelExport_Tests<SqliteAppFixture>(fixture);

// On both databases: the rows come in the database's order and Vietnamese text through the provider's columns.
[Collection(Collections.MySql)]
public sealed class OrganizationExcelExport_MySql_Tests(MySqlAppFixture fixture) : OrganizationExcelExport_Tests<MySqlAppFixture>(fixture);
