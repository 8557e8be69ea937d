using System.Net;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The audit log as an official reads it: kinds, records and fields by their names, values as Vietnam
/// writes them, a merger as one entry with counts, the filters and the Excel export.
/// </summary>
public abstract class AuditLogDisplay_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Logs = "/api/audit-logging/audit-logs";
    private const string UnitType = "Humanitarian.Organization.Entities.Unit";

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Factory.Clock.GetUtcNow(),
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);

    [Fact]
    public async Task Should_show_a_units_edit_by_kind_name_field_labels_and_localized_values()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var unitId = await TenantTestData.CreateUnitAsync(admin, "SO-YT", "Sở Y tế cũ", "Department");
        var unit = (await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{unitId}", null, HttpStatusCode.OK))!;
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{unitId}", new
        {
            code = "SO-YT", name = "Hội Chữ thập đỏ tỉnh", kind = "RedCrossChapter",
            concurrencyStamp = unit["concurrencyStamp"]!.GetValue<string>(),
        }, HttpStatusCode.OK);

        var days = $"startDate={Today.AddDays(-1):yyyy-MM-dd}&endDate={Today.AddDays(1):yyyy-MM-dd}";
        var edits = await admin.GetJsonAsync<JsonObject>($"{Logs}?entityTypeFullName={UnitType}&entityChangeType=Updated&{days}");
        var log = edits["items"]!.AsArray().ShouldHaveSingleItem()!;
        log["title"]!.GetValue<string>().ShouldBe("Sửa Đơn vị: Hội Chữ thập đỏ tỉnh");
        var change = log["entityChanges"]!.AsArray().ShouldHaveSingleItem()!;
        change["entityTypeDisplayName"]!.GetValue<string>().ShouldBe("Đơn vị");
        change["entityDisplayName"]!.GetValue<string>().ShouldBe("Hội Chữ thập đỏ tỉnh");
        var fields = Fields(change);
        fields["Tên đơn vị"].ShouldBe(("Sở Y tế cũ", "Hội Chữ thập đỏ tỉnh"));
        fields["Loại đơn vị"].ShouldBe(("Sở, ban, ngành", "Hội Chữ thập đỏ"));

        // The creation: ids by name, a time in Vietnam's day/month/year, a yes for a flag.
        var created = await admin.GetJsonAsync<JsonObject>($"{Logs}?entityTypeFullName={UnitType}&entityChangeType=Created");
        var creation = Fields(created["items"]!.AsArray().ShouldHaveSingleItem()!["entityChanges"]!.AsArray().ShouldHaveSingleItem()!);
        creation["Tỉnh/thành/huyện"].New.ShouldBe(tenant.DisplayName);
        creation["Người tạo"].New.ShouldBe("admin");
        creation["Đang hoạt động"].New.ShouldBe("Có");
        creation["Thời điểm tạo"].New.ShouldMatch(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$");
        creation["Thời điểm tạo"].New.ShouldStartWith(Today.ToString("dd/MM/yyyy"));

        // The kinds list names what the log holds.
        var kinds = await admin.GetJsonAsync<JsonArray>($"{Logs}/entity-kinds");
        kinds.Select(k => (k!["entityTypeFullName"]!.GetValue<string>(), k["displayName"]!.GetValue<string>())).ShouldContain((UnitType, "Đơn vị"));
    }

    [Fact]
    public async Task Should_show_money_in_dong_and_another_modules_record_by_its_name()
    {
        using var admin = await TenantTestData.NewTenantAdminAsync(fixture);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address",
            new { fullName = "Lò Thị Mai", birthYear = 1950, monthlyValueSought = 1_500_000 }, HttpStatusCode.OK);

        var list = await admin.GetJsonAsync<JsonObject>($"{Logs}?entityType=HumanitarianAddress&entityChangeType=Created");
        var change = list["items"]!.AsArray().ShouldHaveSingleItem()!["entityChanges"]!.AsArray()
            .Single(c => c!["entityTypeDisplayName"]!.GetValue<string>() == "Địa chỉ nhân đạo")!;
        change["entityDisplayName"]!.GetValue<string>().ShouldBe("Lò Thị Mai");
        Fields(change)["Mức hỗ trợ cần hằng tháng"].New.ShouldBe("1.500.000\u00A0₫");
    }

    [Fact]
    public async Task Should_filter_by_record_name_action_and_days_and_page()
    {
        using var admin = await TenantTestData.NewTenantAdminAsync(fixture);
        await TenantTestData.CreateUnitAsync(admin, "HCTD-1", "Chi hội Phước Dân", "RedCrossChapter");
        await TenantTestData.CreateUnitAsync(admin, "HCTD-2", "Chi hội Phước Hậu", "RedCrossChapter");

        async Task<long> CountAsync(string query) => (await admin.GetJsonAsync<JsonObject>($"{Logs}?{query}"))["totalCount"]!.GetValue<long>();
        (await CountAsync("entityName=Phước Dân")).ShouldBe(1);
        (await CountAsync($"entityTypeFullName={UnitType}&entityName=Phước")).ShouldBe(2);
        (await CountAsync("entityName=Không có đơn vị này")).ShouldBe(0);
        (await CountAsync($"entityTypeFullName={UnitType}&entityChangeType=Deleted")).ShouldBe(0);
        (await CountAsync($"entityTypeFullName={UnitType}&startDate={Today.AddDays(1):yyyy-MM-dd}")).ShouldBe(0);
        (await CountAsync($"entityTypeFullName={UnitType}&endDate={Today.AddDays(-1):yyyy-MM-dd}")).ShouldBe(0);

        var page = await admin.GetJsonAsync<JsonObject>($"{Logs}?entityTypeFullName={UnitType}&maxResultCount=1&skipCount=1");
        page["totalCount"]!.GetValue<long>().ShouldBe(2);
        // Newest first: the second page holds the first unit made.
        page["items"]!.AsArray().ShouldHaveSingleItem()!["title"]!.GetValue<string>().ShouldBe("Thêm mới Đơn vị: Chi hội Phước Dân");
    }

    [Fact]
    public async Task Should_fold_a_merger_into_one_entry_with_counts_for_the_host_only()
    {
        using var host = await fixture.SignInAsync(null, "admin");
        var source = await TenantTestData.CreateTenantAsync(fixture);
        var heir = await TenantTestData.CreateTenantAsync(fixture);
        using (var sourceAdmin = await TenantTestData.SignInAdminAsync(fixture, source))
        {
            for (var i = 1; i <= 3; i++)
            {
                await TenantTestData.CreateUnitAsync(sourceAdmin, $"U-{i}", $"Đơn vị {i}");
            }
        }
        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{source.Id}/merge",
            new { successorId = heir.Id, effectiveDate = "2025-07-01" }, HttpStatusCode.OK);

        var list = await host.GetJsonAsync<JsonObject>(
            $"{Logs}?entityTypeFullName=Humanitarian.Web.MultiTenancy.Tenant&entityName={Uri.EscapeDataString(source.DisplayName)}&entityChangeType=Updated");
        var log = list["items"]!.AsArray().ShouldHaveSingleItem()!;
        var count = log["entityChangeCount"]!.GetValue<int>();
        log["title"]!.GetValue<string>().ShouldBe($"Sáp nhập {source.DisplayName} vào {heir.DisplayName}: {count} bản ghi thay đổi");
        var groups = log["entityChangeGroups"]!.AsArray()
            .Select(g => (g!["entityTypeDisplayName"]!.GetValue<string>(), g["changeType"]!.GetValue<string>(), g["count"]!.GetValue<int>())).ToList();
        groups.ShouldContain(("Đơn vị", "Updated", 3));
        groups.Sum(g => g.Item3).ShouldBe(count);

        // The closed tenant reads as a person would write it: heir by name, the day first, the kind in words.
        var closed = Fields(log["entityChanges"]!.AsArray().Single(c =>
            c!["entityTypeDisplayName"]!.GetValue<string>() == "Tỉnh/thành/huyện" && c["entityId"]!.GetValue<string>() == source.Id.ToString())!);
        closed["Đơn vị kế thừa"].New.ShouldBe(heir.DisplayName);
        closed["Ngày đóng"].New.ShouldBe("01/07/2025");
        closed["Hình thức đóng"].New.ShouldBe("Sáp nhập");
        var report = Fields(log["entityChanges"]!.AsArray().Single(c => c!["entityTypeDisplayName"]!.GetValue<string>() == "Sáp nhập, giải thể")!);
        report["Ngày có hiệu lực"].New.ShouldBe("01/07/2025");
        report["Báo cáo"].New.ShouldNotContain("\\u");
        report["Báo cáo"].New.ShouldContain("Đơn vị hành chính trực thuộc");

        // The heir's admin does not see the host's entry.
        using var heirAdmin = await TenantTestData.SignInAdminAsync(fixture, heir);
        await heirAdmin.SendExpectingAsync(HttpMethod.Get, $"{Logs}/{log["id"]}", null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_export_the_filtered_list_one_row_per_field_change()
    {
        using var admin = await TenantTestData.NewTenantAdminAsync(fixture);
        var unitId = await TenantTestData.CreateUnitAsync(admin, "MTTQ", "Mặt trận cũ", "FatherlandFront");
        var unit = (await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{unitId}", null, HttpStatusCode.OK))!;
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{unitId}", new
        {
            code = "MTTQ", name = "Ủy ban MTTQ tỉnh", kind = "FatherlandFront", concurrencyStamp = unit["concurrencyStamp"]!.GetValue<string>(),
        }, HttpStatusCode.OK);

        var export = await admin.GetAsync($"{Logs}/export-excel?entityTypeFullName={UnitType}&entityChangeType=Updated");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var sheet = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var name = rows.ShouldHaveSingleItem(); // the name is the one field that changed
        name["Trường"].ShouldBe("Tên đơn vị");
        name["Giá trị cũ"].ShouldBe("Mặt trận cũ");
        name["Giá trị mới"].ShouldBe("Ủy ban MTTQ tỉnh");
        name["Loại bản ghi"].ShouldBe("Đơn vị");
        name["Thao tác"].ShouldBe("Sửa");
        name["Người thực hiện"].ShouldBe("admin");
        ((string)name["Thời gian"]!).ShouldMatch(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$");
    }

    /// <summary>Field label → (old, new) as displayed.</summary>
    private static Dictionary<string, (string Old, string New)> Fields(JsonNode change) =>
        change["propertyChanges"]!.AsArray().ToDictionary(p => p!["propertyDisplayName"]!.GetValue<string>(),
            p => (p!["originalValueDisplay"]!.GetValue<string>(), p["newValueDisplay"]!.GetValue<string>()));
}

[Collection(Collections.Sqlite)]
public sealed class AuditLogDisplay_Sqlite_Tests(SqliteAppFixture fixture) : AuditLogDisplay_Tests<SqliteAppFixture>(fixture);

// On both databases: times read back as UTC and shown in Vietnam, days filtered by the database, names read through the tenant filter.
[Collection(Collections.MySql)]
public sealed class AuditLogDisplay_MySql_Tests(MySqlAppFixture fixture) : AuditLogDisplay_Tests<MySqlAppFixture>(fixture);
