using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.TestBase.TenantTestData;
using static Humanitarian.Web.Tests.TestData;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The 2025 reorganisation through the API: a province merged into another, a district dissolved into
/// its province. Each test makes its own pair of tenants, so the demo tenants stay as they are.
/// </summary>
public abstract class TenantReorganisation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private sealed record Scenario(TestTenant Source, TestTenant Heir, Guid Unit, Guid Document, Guid Committee);

    /// <summary>
    /// A source with a unit, an area, a document and a committee with a running term. Without
    /// <paramref name="parent"/>: two provinces, the heir having a unit of the same code; with it: a
    /// district of that province (its heir when dissolved), whose units clash with nothing.
    /// </summary>
    private async Task<Scenario> ArrangeAsync(ApiClient host, TestTenant? parent = null)
    {
        var heir = parent ?? await CreateTenantAsync(host, displayName: "Khánh Hòa " + UniqueName());
        var source = await CreateTenantAsync(host, parent?.Id, parent is null ? "Province" : "District", "Ninh Thuận " + UniqueName());
        using var sourceAdmin = await SignInAdminAsync(fixture, source);
        var unit = await CreateAsync(sourceAdmin, "/api/app/unit",
            new { code = "HCTD", name = "Hội Chữ thập đỏ tỉnh Ninh Thuận", kind = "RedCrossChapter" });
        await CreateAsync(sourceAdmin, "/api/app/administrative-area", new { code = "582", name = "Thành phố Phan Rang - Tháp Chàm", level = "District" });
        var document = await CreateAsync(sourceAdmin, "/api/app/document", new
        {
            kind = "Plan", number = "79/KH-UBND", issueDate = "2019-04-02", issuer = "Ủy ban nhân dân tỉnh Ninh Thuận",
            summary = "Đề án chăm sóc trẻ em 2019–2025",
        });
        var committee = await CreateAsync(sourceAdmin, "/api/app/committee",
            new { name = "Ban Chỉ đạo Cuộc vận động tỉnh Ninh Thuận", kind = "SteeringCommittee" });
        await CreateAsync(sourceAdmin, $"/api/app/committee/{committee}/member",
            new { fullName = "Trần Văn H", position = "Head", termStart = "2021-06-01", unitId = unit });
        if (parent is null)
        {
            using var heirAdmin = await SignInAdminAsync(fixture, heir);
            await CreateAsync(heirAdmin, "/api/app/unit", new { code = "HCTD", name = "Hội Chữ thập đỏ tỉnh Khánh Hòa", kind = "RedCrossChapter" });
        }
        return new Scenario(source, heir, unit, document, committee);
    }

    private static async Task<Guid> CreateAsync(ApiClient client, string url, object body) =>
        (await client.SendExpectingAsync(HttpMethod.Post, url, body, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static JsonObject LineOf(JsonNode report, string subject) =>
        report["lines"]!.AsArray().Single(l => l!["subject"]!.GetValue<string>() == subject)!.AsObject();

    private static string NotesOf(JsonNode report, string subject) =>
        string.Join("\n", LineOf(report, subject)["notes"]!.AsArray().Select(n => n!.GetValue<string>()));

    [Fact]
    public async Task Should_preview_exactly_what_the_merger_moves_and_write_nothing()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var s = await ArrangeAsync(host);

        var preview = (await host.SendExpectingAsync(HttpMethod.Get,
            $"/api/multi-tenancy/tenants/{s.Source.Id}/reorganisation-preview?kind=Merge&successorId={s.Heir.Id}&effectiveDate=2025-07-01",
            null, HttpStatusCode.OK))!;

        preview["id"].ShouldBeNull();
        LineOf(preview, "Đơn vị")["moved"]!.GetValue<int>().ShouldBe(1);
        LineOf(preview, "Đơn vị")["notes"]!.AsArray().Single()!.GetValue<string>().ShouldContain($"HCTD-{s.Source.Name}");
        LineOf(preview, "Địa bàn hành chính")["moved"]!.GetValue<int>().ShouldBe(1);
        LineOf(preview, "Văn bản")["kept"]!.GetValue<int>().ShouldBe(1);
        LineOf(preview, "Ban chỉ đạo, ban vận động")["kept"]!.GetValue<int>().ShouldBe(1);
        LineOf(preview, "Người dùng")["moved"]!.GetValue<int>().ShouldBe(1);
        LineOf(preview, "Người dùng")["notes"]!.AsArray().Single()!.GetValue<string>().ShouldContain($"admin.{s.Source.Name}");

        // Nothing happened: the source's admin still works in the source and sees its unit there.
        using var sourceAdmin = await SignInAdminAsync(fixture, s.Source);
        (await sourceAdmin.GetAsync($"/api/app/unit/{s.Unit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_move_units_areas_and_users_to_the_heir_and_let_it_read_the_closed_records()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var s = await ArrangeAsync(host);

        var report = (await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{s.Source.Id}/merge",
            new { successorId = s.Heir.Id, effectiveDate = "2025-07-01" }, HttpStatusCode.OK))!;
        // The report is kept: the list of reorganisations has it under the id the merger answered.
        var kept = (await host.SendExpectingAsync(HttpMethod.Get,
            $"/api/multi-tenancy/tenant-reorganisations?filter={Uri.EscapeDataString(s.Source.DisplayName)}", null, HttpStatusCode.OK))!;
        kept["items"]!.AsArray().ShouldHaveSingleItem()!["id"]!.GetValue<Guid>().ShouldBe(report["id"]!.GetValue<Guid>());

        // The source is closed: nobody signs in to it any more.
        var closed = await fixture.Anonymous(s.Source.Name).PostAsync("/api/account/login",
            new { userNameOrEmailAddress = "admin", password = TestTenant.AdminPassword });
        closed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tenant = (await host.SendExpectingAsync(HttpMethod.Get, $"/api/multi-tenancy/tenants/{s.Source.Id}", null, HttpStatusCode.OK))!;
        tenant["successorId"]!.GetValue<Guid>().ShouldBe(s.Heir.Id);
        tenant["isActive"]!.GetValue<bool>().ShouldBeFalse();
        tenant["parentId"]!.GetValue<Guid>().ShouldBe(s.Heir.Id);

        // The moved admin works in the heir under a new name, without the heir's admin role.
        using var moved = await fixture.SignInAsync(s.Heir.Name, $"admin.{s.Source.Name}", TestTenant.AdminPassword);
        (await moved.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var heirAdmin = await SignInAdminAsync(fixture, s.Heir);
        var unit = (await heirAdmin.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{s.Unit}", null, HttpStatusCode.OK))!;
        unit["code"]!.GetValue<string>().ShouldBe($"HCTD-{s.Source.Name}");
        var areas = (await heirAdmin.SendExpectingAsync(HttpMethod.Get, "/api/app/administrative-area?filter=582", null, HttpStatusCode.OK))!;
        areas["totalCount"]!.GetValue<int>().ShouldBe(1);

        // Closed records keep their tenant and the heir reads them in full, but cannot change them.
        var document = (await heirAdmin.SendExpectingAsync(HttpMethod.Get, $"/api/app/document/{s.Document}", null, HttpStatusCode.OK))!;
        document["tenantId"]!.GetValue<Guid>().ShouldBe(s.Source.Id);
        var edit = await heirAdmin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/document/{s.Document}", null, HttpStatusCode.BadRequest);
        edit!["error"]!["code"]!.GetValue<string>().ShouldBe("Abp.MultiTenancy.InheritedRecordIsReadOnly");
        // The former province's committee ceased with it: its running term ended the day before.
        var running = (await heirAdmin.SendExpectingAsync(HttpMethod.Get, $"/api/app/committee/{s.Committee}/members", null, HttpStatusCode.OK))!;
        running["items"]!.AsArray().ShouldBeEmpty();
        var history = (await heirAdmin.SendExpectingAsync(HttpMethod.Get,
            $"/api/app/committee/{s.Committee}/members?includeEnded=true", null, HttpStatusCode.OK))!;
        history["items"]!.AsArray().Single()!["termEnd"]!.GetValue<string>().ShouldBe("2025-06-30");

        // Anyone else still sees nothing of it.
        using var other = await SignInAdminAsync(fixture, await CreateTenantAsync(host));
        (await other.GetAsync($"/api/app/document/{s.Document}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/app/unit/{s.Unit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_dissolve_a_district_into_its_province_and_hand_over_its_communes()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var province = await CreateTenantAsync(host, displayName: "Quảng Trị " + UniqueName());
        var s = await ArrangeAsync(host, province);
        var commune = await CreateTenantAsync(host, s.Source.Id, "Commune", "Thị trấn Hồ Xá " + UniqueName());

        var report = (await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{s.Source.Id}/dissolve",
            new { effectiveDate = "2025-07-01" }, HttpStatusCode.OK))!;

        report["kind"]!.GetValue<string>().ShouldBe("Dissolve");
        report["heirTenantId"]!.GetValue<Guid>().ShouldBe(province.Id, "without a successor the parent inherits");
        LineOf(report, "Đơn vị hành chính trực thuộc")["moved"]!.GetValue<int>().ShouldBe(1);
        var movedCommune = (await host.SendExpectingAsync(HttpMethod.Get, $"/api/multi-tenancy/tenants/{commune.Id}", null, HttpStatusCode.OK))!;
        movedCommune["parentId"]!.GetValue<Guid>().ShouldBe(province.Id);

        // The province now holds the district's unit under its own code (nothing clashed) and reads its plan.
        using var provinceAdmin = await SignInAdminAsync(fixture, province);
        var unit = (await provinceAdmin.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{s.Unit}", null, HttpStatusCode.OK))!;
        unit["code"]!.GetValue<string>().ShouldBe("HCTD");
        (await provinceAdmin.GetAsync($"/api/app/document/{s.Document}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The province has an admin of its own, so the district's arrives under a new name.
        using var moved = await fixture.SignInAsync(province.Name, $"admin.{s.Source.Name}", TestTenant.AdminPassword);
    }

    [Fact]
    public async Task Should_split_a_dissolved_district_by_area_and_send_users_with_their_units()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var province = await CreateTenantAsync(host, displayName: "Quảng Trị " + UniqueName());
        var district = await CreateTenantAsync(host, province.Id, "District", "Vĩnh Linh " + UniqueName());
        var commune = await CreateTenantAsync(host, district.Id, "Commune", "Xã Vĩnh Linh " + UniqueName());
        using var districtAdmin = await SignInAdminAsync(fixture, district);
        var hoXa = await CreateAsync(districtAdmin, "/api/app/administrative-area", new { code = "19597", name = "Thị trấn Hồ Xá", level = "Township" });
        var vinhThai = await CreateAsync(districtAdmin, "/api/app/administrative-area", new { code = "19630", name = "Xã Vĩnh Thái", level = "Commune" });
        var front = await CreateAsync(districtAdmin, "/api/app/unit", new { code = "VL-MTTQ", name = "Mặt trận huyện", kind = "FatherlandFront" });
        var hoXaFront = await CreateAsync(districtAdmin, "/api/app/unit",
            new { code = "HX-MTTQ", name = "Mặt trận thị trấn Hồ Xá", kind = "FatherlandFront", parentId = front, administrativeAreaId = hoXa });
        var hoXaBranch = await CreateAsync(districtAdmin, "/api/app/unit",
            new { code = "HX-CTD-1", name = "Chi hội khu phố 1", kind = "RedCrossChapter", parentId = hoXaFront });
        var vinhThaiCommittee = await CreateAsync(districtAdmin, "/api/app/unit",
            new { code = "VT-UB", name = "UBND xã Vĩnh Thái", kind = "Commune", administrativeAreaId = vinhThai });
        await districtAdmin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName = "can-bo-ho-xa", email = "can-bo-ho-xa@example.org", password = TestTenant.AdminPassword,
            isActive = true, roleNames = new[] { "unit-officer" }, unitId = hoXaBranch,
        }, HttpStatusCode.OK);

        var url = $"/api/multi-tenancy/tenants/{district.Id}/dissolve";
        ValidationMembers(await host.SendExpectingAsync(HttpMethod.Post, url,
            new { areaSuccessors = new[] { new { areaId = Guid.NewGuid(), successorId = commune.Id } } }, HttpStatusCode.BadRequest))
            .ShouldBe(["areaSuccessors"]);
        ValidationMembers(await host.SendExpectingAsync(HttpMethod.Get, $"/api/multi-tenancy/tenants/{district.Id}/reorganisation-preview" +
            $"?kind=Merge&successorId={province.Id}&areaSuccessors[0].areaId={hoXa}&areaSuccessors[0].successorId={commune.Id}",
            null, HttpStatusCode.BadRequest)).ShouldBe(["areaSuccessors"], "only a dissolution splits a tenant");
        var preview = (await host.SendExpectingAsync(HttpMethod.Get, $"/api/multi-tenancy/tenants/{district.Id}/reorganisation-preview" +
            $"?kind=Dissolve&areaSuccessors[0].areaId={hoXa}&areaSuccessors[0].successorId={commune.Id}", null, HttpStatusCode.OK))!;
        NotesOf(preview, "Người dùng").ShouldContain($"1 người dùng chuyển về {commune.DisplayName}");

        var report = (await host.SendExpectingAsync(HttpMethod.Post, url,
            new { areaSuccessors = new[] { new { areaId = hoXa, successorId = commune.Id } } }, HttpStatusCode.OK))!;

        NotesOf(report, "Đơn vị").ShouldContain($"2 chuyển về {commune.DisplayName}");
        using var communeAdmin = await SignInAdminAsync(fixture, commune);
        using var provinceAdmin = await SignInAdminAsync(fixture, province);
        foreach (var unit in new[] { hoXaFront, hoXaBranch })
        {
            (await communeAdmin.GetAsync($"/api/app/unit/{unit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await provinceAdmin.GetAsync($"/api/app/unit/{unit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        foreach (var unit in new[] { front, vinhThaiCommittee })
        {
            (await provinceAdmin.GetAsync($"/api/app/unit/{unit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await communeAdmin.GetAsync($"/api/app/unit/{unit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await communeAdmin.GetJsonAsync<JsonObject>($"/api/app/unit/{hoXaFront}"))["parentId"].ShouldBeNull(
            "its parent went to the province: a unit tree does not cross tenants");
        (await communeAdmin.GetJsonAsync<JsonObject>($"/api/app/unit/{hoXaBranch}"))["parentId"]!.GetValue<Guid>().ShouldBe(hoXaFront);
        (await communeAdmin.GetAsync($"/api/app/administrative-area/{hoXa}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await provinceAdmin.GetAsync($"/api/app/administrative-area/{vinhThai}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The officer went with the branch they work for; the district's admin (no unit) to the province.
        using (await fixture.SignInAsync(commune.Name, "can-bo-ho-xa", TestTenant.AdminPassword)) { }
        using (await fixture.SignInAsync(province.Name, $"admin.{district.Name}", TestTenant.AdminPassword)) { }
    }

    [Fact]
    public async Task Should_refuse_an_impossible_reorganisation_and_write_nothing()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var source = await CreateTenantAsync(host);
        var child = await CreateTenantAsync(host, source.Id, "District");
        var url = $"/api/multi-tenancy/tenants/{source.Id}/merge";

        ValidationMembers(await host.SendExpectingAsync(HttpMethod.Post, url, new { }, HttpStatusCode.BadRequest))
            .ShouldBe(["successorId"]);
        ValidationMembers(await host.SendExpectingAsync(HttpMethod.Post, url, new { successorId = source.Id }, HttpStatusCode.BadRequest))
            .ShouldBe(["successorId"]);
        ValidationMembers(await host.SendExpectingAsync(HttpMethod.Post, url, new { successorId = child.Id }, HttpStatusCode.BadRequest))
            .ShouldBe(["successorId"]);
        var heir = await CreateTenantAsync(host);
        ValidationMembers(await host.SendExpectingAsync(HttpMethod.Post, url,
            new { successorId = heir.Id, effectiveDate = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") }, HttpStatusCode.BadRequest))
            .ShouldBe(["effectiveDate"]);
        // A province has no parent to dissolve into unless a successor is named.
        ValidationMembers(await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{source.Id}/dissolve",
            new { }, HttpStatusCode.BadRequest)).ShouldBe(["successorId"]);

        // Nothing happened: its admin still signs in.
        using (await SignInAdminAsync(fixture, source)) { }

        await host.SendExpectingAsync(HttpMethod.Post, url, new { successorId = heir.Id }, HttpStatusCode.OK);
        var again = await host.SendExpectingAsync(HttpMethod.Post, url, new { successorId = heir.Id }, HttpStatusCode.BadRequest);
        again!["error"]!["code"]!.GetValue<string>().ShouldBe("Humanitarian:TenantClosed");
        var intoClosed = await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{heir.Id}/merge",
            new { successorId = source.Id }, HttpStatusCode.BadRequest);
        ValidationMembers(intoClosed).ShouldBe(["successorId"]);
        var edit = await host.SendExpectingAsync(HttpMethod.Put, $"/api/multi-tenancy/tenants/{source.Id}",
            new { name = source.Name, displayName = "Đổi tên", level = "Province", isActive = true }, HttpStatusCode.BadRequest);
        edit!["error"]!["code"]!.GetValue<string>().ShouldBe("Humanitarian:TenantClosed");
    }

    [Fact]
    public async Task Should_keep_the_report_and_export_it_to_excel()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var s = await ArrangeAsync(host);
        var preview = await host.GetAsync(
            $"/api/multi-tenancy/tenants/{s.Source.Id}/reorganisation-preview/export-excel?kind=Merge&successorId={s.Heir.Id}&effectiveDate=2025-07-01");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var previewText = await SpreadsheetTextAsync(await preview.Content.ReadAsByteArrayAsync());
        previewText.ShouldContain("BẢN XEM TRƯỚC");
        previewText.ShouldContain($"admin.{s.Source.Name}");

        var id = (await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{s.Source.Id}/merge",
            new { successorId = s.Heir.Id, effectiveDate = "2025-07-01" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        var list = (await host.SendExpectingAsync(HttpMethod.Get,
            $"/api/multi-tenancy/tenant-reorganisations?filter={Uri.EscapeDataString(s.Source.DisplayName)}", null, HttpStatusCode.OK))!;
        list["totalCount"]!.GetValue<int>().ShouldBe(1);
        var stored = list["items"]![0]!;
        stored["id"]!.GetValue<Guid>().ShouldBe(id);
        stored["userName"]!.GetValue<string>().ShouldBe("admin");
        stored["effectiveDate"]!.GetValue<string>().ShouldBe("2025-07-01");
        LineOf(stored, "Đơn vị")["moved"]!.GetValue<int>().ShouldBe(1);

        var file = await host.GetAsync($"/api/multi-tenancy/tenant-reorganisations/{id}/export-excel");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var text = await SpreadsheetTextAsync(await file.Content.ReadAsByteArrayAsync());
        text.ShouldContain("Sáp nhập");
        text.ShouldContain(s.Source.DisplayName);
        text.ShouldContain($"HCTD-{s.Source.Name}");
        text.ShouldContain("01/07/2025");
        text.ShouldNotContain("BẢN XEM TRƯỚC");
    }

    [Fact]
    public async Task Should_audit_the_move_for_the_host_and_show_the_heir_the_former_tenants_log()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var s = await ArrangeAsync(host);
        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{s.Source.Id}/merge",
            new { successorId = s.Heir.Id }, HttpStatusCode.OK);

        var hostLog = (await host.SendExpectingAsync(HttpMethod.Get,
            $"/api/audit-logging/audit-logs?entityType=Unit&entityId={s.Unit}", null, HttpStatusCode.OK))!;
        var move = hostLog["items"]!.AsArray().Single(a => a!["url"]!.GetValue<string>().EndsWith("/merge"))!;
        move.ToJsonString().ShouldContain(s.Heir.Id.ToString());

        // The heir reads what the former tenant's own users did (its creation of the unit), not the host's log.
        using var heirAdmin = await SignInAdminAsync(fixture, s.Heir);
        var heirLog = (await heirAdmin.SendExpectingAsync(HttpMethod.Get,
            $"/api/audit-logging/audit-logs?entityType=Unit&entityId={s.Unit}", null, HttpStatusCode.OK))!;
        heirLog["items"]!.AsArray().ShouldHaveSingleItem()!["httpMethod"]!.GetValue<string>().ShouldBe("POST");
    }

    [Fact]
    public async Task Should_pass_an_inheritance_on_when_the_heir_is_merged_in_turn()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var s = await ArrangeAsync(host);
        var last = await CreateTenantAsync(host);
        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{s.Source.Id}/merge",
            new { successorId = s.Heir.Id }, HttpStatusCode.OK);
        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{s.Heir.Id}/merge",
            new { successorId = last.Id }, HttpStatusCode.OK);

        using var lastAdmin = await SignInAdminAsync(fixture, last);
        (await lastAdmin.GetAsync($"/api/app/document/{s.Document}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lastAdmin.GetAsync($"/api/app/unit/{s.Unit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_count_a_closed_tenants_records_in_the_roll_ups_while_its_parent_sees_no_rows()
    {
        using var host = await SignInHostAdminAsync(fixture);
        var province = await CreateTenantAsync(host, displayName: "Lâm Đồng " + UniqueName());
        var heir = await CreateTenantAsync(host, province.Id, "District", "Di Linh " + UniqueName());
        var s = await ArrangeAsync(host, province);
        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{s.Source.Id}/merge",
            new { successorId = heir.Id }, HttpStatusCode.OK);

        using var scope = fixture.Factory.Services.CreateScope();
        var rollup = scope.ServiceProvider.GetRequiredService<TenantRollup>();
        Task<int> DocumentsBelowAsync(Guid parent) =>
            rollup.AggregateAsync<Organization.Entities.Document, int>(parent, (rows, _) => rows.CountAsync());
        (await DocumentsBelowAsync(heir.Id)).ShouldBe(1, "the closed district hangs under its heir");
        (await DocumentsBelowAsync(province.Id)).ShouldBe(1, "and still counts for the province above");

        // The province is a parent, not the heir: aggregates only, no rows.
        using var provinceAdmin = await SignInAdminAsync(fixture, province);
        (await provinceAdmin.GetAsync($"/api/app/document/{s.Document}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The text of every cell (shared strings and inline strings) of an .xlsx file.</summary>
    private static async Task<string> SpreadsheetTextAsync(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(System.Xml.Linq.XDocument.Parse(await reader.ReadToEndAsync()).Root!.Value);
        }
        return text.ToString();
    }
}

[Collection(Collections.Sqlite)]
public sealed class TenantReorganisation_Sqlite_Tests(SqliteAppFixture fixture) : TenantReorganisation_Tests<SqliteAppFixture>(fixture);

// On both databases: one transaction moves rows across tenants, renames clashing codes and names (uniqueness) and rolls back on refusal.
[Collection(Collections.MySql)]
public sealed class TenantReorganisation_MySql_Tests(MySqlAppFixture fixture) : TenantReorganisation_Tests<MySqlAppFixture>(fixture);
