using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.AddressExcelFiles;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>The address list as .xlsx: it imports back; sensitive columns only with the permission, and their export audited.</summary>
public abstract class AddressExcelExport_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/humanitarian-address";

    private static readonly string[] Compared =
    [
        "kind", "fullName", "sex", "birthYear", "dateOfBirth", "nationalId", "phone", "address", "commune", "categories", "needs",
        "circumstances", "healthDetails", "monthlyValueSought", "facilityKind", "capacity", "surveyDate", "status",
        "consentToSurvey", "consentToShare", "consentToPublish",
    ];

    [Fact]
    public async Task Should_export_a_list_that_imports_back_as_it_was_and_audit_the_sensitive_read()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "MP", "Hội Chữ thập đỏ xã Mường Phăng", "RedCrossChapter");
        await admin.SendExpectingAsync(HttpMethod.Post, Url, new
        {
            fullName = "Vũ Thị Hạnh", sex = "Female", birthYear = 1985, dateOfBirth = "1985-07-02", nationalId = "001185012345", phone = "0912 345 678",
            address = "Bản Him Lam", commune = "Xã Mường Phăng", categories = new[] { "HivAids", "Orphan" }, needs = new[] { "Cash", "Books" },
            circumstances = "Mồ côi cha mẹ", healthDetails = "Điều trị ARV", monthlyValueSought = 500_000, surveyingUnitId = unit,
            surveyDate = "2025-02-01", consentToSurvey = true, consentToShare = true,
        }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { kind = "Facility", name = "Bếp ăn từ thiện Tình Thương", facilityKind = "CharityKitchen", capacity = 120 }, HttpStatusCode.OK);

        var exported = await DownloadAsync(admin);

        var rows = Read(exported);
        rows.Select(r => r["Họ và tên / Tên cơ sở"]).ShouldBe(["Bếp ăn từ thiện Tình Thương", "Vũ Thị Hạnh"]);
        rows[1]["Số CCCD/CMND"].ShouldBe("001185012345");
        rows[1]["Diện"].ShouldBe("Người sống chung với HIV/AIDS; Trẻ mồ côi");
        rows[1]["Đơn vị khảo sát"].ShouldBe("MP");
        var logs = (await admin.GetJsonAsync<JsonObject>("/api/audit-logging/audit-logs?entityType=HumanitarianAddress&maxResultCount=100"))["items"]!;
        logs.AsArray().SelectMany(log => log!["entityChanges"]!.AsArray())
            .Count(c => c!["changeType"]!.GetValue<string>() == "Read").ShouldBe(1, "the one record with sensitive data");

        using var other = await NewTenantAdminAsync(fixture);
        await CreateUnitAsync(other, "MP", "Hội Chữ thập đỏ xã Mường Phăng", "RedCrossChapter");
        var report = await UploadAsync(other, exported, HttpStatusCode.OK);
        Count(report, "importedRows").ShouldBe(2, report.ToJsonString());
        var originals = await ReadAllAsync(admin);
        var copies = await ReadAllAsync(other);
        foreach (var (original, copy) in originals.Zip(copies))
        {
            foreach (var field in Compared)
            {
                JsonNode.DeepEquals(original[field], copy[field]).ShouldBeTrue($"{field}: {original[field]?.ToJsonString()} vs {copy[field]?.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task Should_leave_the_sensitive_columns_out_for_a_reader_without_the_permission()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var unit = await CreateUnitAsync(admin, "MP", "Hội Chữ thập đỏ xã Mường Phăng", "RedCrossChapter");
        await admin.SendExpectingAsync(HttpMethod.Post, Url, new
        {
            fullName = "Vũ Thị Hạnh", nationalId = "123456789", categories = new[] { "HivAids", "Orphan" }, healthDetails = "Điều trị ARV",
            surveyingUnitId = unit,
        }, HttpStatusCode.OK);
        var officerName = UniqueName("unit-officer");
        await CreateUserAsync(admin, officerName, unit, "unit-officer");
        using var officer = await fixture.SignInAsync(tenant.Name, officerName, TestTenant.AdminPassword);

        var row = Read(await DownloadAsync(officer)).ShouldHaveSingleItem();

        row.Keys.ShouldNotContain("Số CCCD/CMND");
        row.Keys.ShouldNotContain("Tình trạng sức khỏe");
        row["Diện"].ShouldBe("Trẻ mồ côi");
    }

    private static async Task<List<JsonNode>> ReadAllAsync(ApiClient client)
    {
        var items = (await client.GetJsonAsync<JsonObject>($"{Url}?sorting=name"))["items"]!.AsArray();
        var all = new List<JsonNode>();
        foreach (var item in items)
        {
            all.Add(await client.GetJsonAsync<JsonObject>($"{Url}/{item!["id"]}"));
        }
        return all;
    }
}

[Collection(Collections.Sqlite)]
public sealed class AddressExcelExport_Sqlite_Tests(SqliteAppFixture fixture) : AddressExcelExport_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class AddressExcelExport_MySql_Tests(MySqlAppFixture fixture) : AddressExcelExport_Tests<MySqlAppFixture>(fixture);
