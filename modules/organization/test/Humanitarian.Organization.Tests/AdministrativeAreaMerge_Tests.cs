using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>Communes and wards merged inside a tenant (2025): what they held moves to the successor.</summary>
public abstract class AdministrativeAreaMerge_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_preview_then_move_units_and_sub_areas_to_the_successor()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var merged = await CreateAreaAsync(admin, "VL", "Huyện Vĩnh Linh", "District");
        var successor = await CreateAreaAsync(admin, "GL", "Huyện Gio Linh", "District");
        var township = await CreateAreaAsync(admin, "VL-HX", "Thị trấn Hồ Xá", "Township", merged);
        var unit = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
            new { code = "VL-CTD", name = "Hội Chữ thập đỏ huyện Vĩnh Linh", kind = "RedCrossChapter", administrativeAreaId = merged },
            HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        var preview = (await admin.SendExpectingAsync(HttpMethod.Get,
            $"/api/app/administrative-area/{merged}/merge-preview?targetId={successor}", null, HttpStatusCode.OK))!;
        preview["unitsMoved"]!.GetValue<int>().ShouldBe(1);
        preview["subAreasMoved"]!.GetValue<int>().ShouldBe(1);
        preview["targetName"]!.GetValue<string>().ShouldBe("Huyện Gio Linh");
        // A preview changes nothing.
        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{unit}"))["administrativeAreaId"]!.GetValue<Guid>().ShouldBe(merged);

        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/administrative-area/{merged}/merge", new { targetId = successor }, HttpStatusCode.OK);

        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{unit}"))["administrativeAreaId"]!.GetValue<Guid>().ShouldBe(successor);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/administrative-area/{township}"))["parentId"]!.GetValue<Guid>().ShouldBe(successor);
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/administrative-area/{merged}", null, HttpStatusCode.NotFound);
        // The merged area's code is free again; the change is in the audit log.
        await CreateAreaAsync(admin, "VL", "Khu vực Vĩnh Linh (mới)", "District");
        var audit = await admin.GetJsonAsync<JsonObject>($"/api/audit-logging/audit-logs?entityType=AdministrativeArea&entityId={merged}");
        audit["items"]!.AsArray().ShouldContain(log => log!["httpMethod"]!.GetValue<string>() == "POST"
            && log["url"]!.GetValue<string>().EndsWith($"/api/app/administrative-area/{merged}/merge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_report_merged_and_renamed_areas_in_excel()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var merged = await CreateAreaAsync(admin, "19633", "Xã Vĩnh Tú", "Commune");
        var successor = await CreateAreaAsync(admin, "19636", "Xã Vĩnh Giang", "Commune");
        await CreateAreaAsync(admin, "19639", "Xã Vĩnh Hiền", "Commune");
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/administrative-area/{merged}/merge", new { targetId = successor }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/administrative-area/{successor}",
            new { code = "19636", name = "Xã Vĩnh Hoàng", level = "Commune" }, HttpStatusCode.OK);

        var response = await admin.GetAsync("/api/app/administrative-area/export-reorganisation-excel");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar!.ShouldStartWith("Sắp xếp địa bàn hành chính ");
        var (headers, rows) = ExcelTestFiles.Read(await response.Content.ReadAsByteArrayAsync());

        headers.ShouldBe(["Hình thức", "Mã", "Tên trước đây", "Nay là", "Ngày sáp nhập", "Người thực hiện"]);
        rows.Count.ShouldBe(2, "the untouched commune is not in it");
        var merger = rows.Single(r => r["Hình thức"]?.ToString() == "Sáp nhập");
        merger["Tên trước đây"]!.ToString().ShouldBe("Xã Vĩnh Tú");
        merger["Nay là"]!.ToString().ShouldBe("19636 – Xã Vĩnh Hoàng");
        merger["Người thực hiện"]!.ToString().ShouldBe("admin");
        var vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        merger["Ngày sáp nhập"].ShouldBeOfType<DateTime>()
            .ShouldBe(TimeZoneInfo.ConvertTime(fixture.Factory.Clock.GetUtcNow(), vietnam).Date, "the day of the merger in Vietnam");
        var rename = rows.Single(r => r["Hình thức"]?.ToString() == "Đổi tên");
        rename["Tên trước đây"]!.ToString().ShouldBe("Xã Vĩnh Giang");
    }
}

[Collection(Collections.Sqlite)]
public sealed class AdministrativeAreaMerge_Sqlite_Tests(SqliteAppFixture fixture) : AdministrativeAreaMerge_Tests<SqliteAppFixture>(fixture);

// On both databases: a merger moves rows in bulk, frees a soft-deleted code for reuse and reports its stored date.
[Collection(Collections.MySql)]
public sealed class AdministrativeAreaMerge_MySql_Tests(MySqlAppFixture fixture) : AdministrativeAreaMerge_Tests<MySqlAppFixture>(fixture);

/// <summary>Which successor a merger may name: checked before anything moves, so SQLite only.</summary>
public abstract class AdministrativeAreaMergeRules_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_refuse_a_successor_of_another_level_or_the_area_itself_and_move_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var district = await CreateAreaAsync(admin, "VL", "Huyện Vĩnh Linh", "District");
        var commune = await CreateAreaAsync(admin, "VL-VT", "Xã Vĩnh Thái", "Commune", district);

        var otherLevel = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/administrative-area/{commune}/merge",
            new { targetId = district }, HttpStatusCode.BadRequest);
        var itself = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/administrative-area/{commune}/merge",
            new { targetId = commune }, HttpStatusCode.BadRequest);
        var missing = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/administrative-area/{commune}/merge",
            new { }, HttpStatusCode.BadRequest);

        ValidationMembers(otherLevel).ShouldBe(["targetId"]);
        otherLevel!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("cùng cấp");
        ValidationMembers(itself).ShouldBe(["targetId"]);
        ValidationMembers(missing).ShouldBe(["targetId"]);
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/administrative-area/{commune}", null, HttpStatusCode.OK);
    }
}

[Collection(Collections.Sqlite)]
public sealed class AdministrativeAreaMergeRules_Sqlite_Tests(SqliteAppFixture fixture) : AdministrativeAreaMergeRules_Tests<SqliteAppFixture>(fixture);
