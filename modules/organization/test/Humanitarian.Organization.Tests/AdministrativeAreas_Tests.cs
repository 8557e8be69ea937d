using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>The tenant's districts and communes/wards as editable reference data.</summary>
public abstract class AdministrativeAreas_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_keep_districts_and_their_communes_and_find_them_without_diacritics()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var thanhTri = await CreateAreaAsync(admin, "020", "Huyện Thanh Trì", "District");
        var commune = await CreateAreaAsync(admin, "020-TTO", "Xã Tả Thanh Oai", "Commune", thanhTri);
        await CreateAreaAsync(admin, "001", "Quận Ba Đình", "District");

        Ids((await admin.GetJsonAsync<JsonObject>("/api/app/administrative-area?filter=thanh tri"))["items"]).ShouldBe([thanhTri]);
        Ids((await admin.GetJsonAsync<JsonObject>($"/api/app/administrative-area?parentId={thanhTri}"))["items"]).ShouldBe([commune]);
        Strings((await admin.GetJsonAsync<JsonObject>("/api/app/administrative-area?level=District&sorting=name"))["items"], "name")
            .ShouldBe(["Huyện Thanh Trì", "Quận Ba Đình"]);

        var renamed = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/administrative-area/{commune}",
            new { code = "020-TTO", name = "Xã Tả Thanh Oai (mới)", level = "Commune", parentId = thanhTri }, HttpStatusCode.OK);
        renamed!["name"]!.GetValue<string>().ShouldBe("Xã Tả Thanh Oai (mới)");
    }

    [Fact]
    public async Task Should_remember_former_names_of_a_renamed_commune_and_find_it_by_them()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var area = await CreateAreaAsync(admin, "19630", "Xã Vĩnh Thái", "Commune");
        async Task RenameAsync(string name) => await admin.SendExpectingAsync(HttpMethod.Put,
            $"/api/app/administrative-area/{area}", new { code = "19630", name, level = "Commune" }, HttpStatusCode.OK);

        await RenameAsync("Xã Vĩnh Thái ");
        (await admin.GetJsonAsync<JsonObject>($"/api/app/administrative-area/{area}"))["formerNames"].ShouldBeNull(
            "spacing is not a new name");
        await RenameAsync("Xã Vĩnh Linh mới");
        await RenameAsync("Xã Vĩnh Hoàng");

        var found = (await admin.GetJsonAsync<JsonObject>("/api/app/administrative-area?filter=vinh thai"))["items"]!.AsArray();
        found.Single()!["id"]!.GetValue<Guid>().ShouldBe(area);
        found.Single()!["name"]!.GetValue<string>().ShouldBe("Xã Vĩnh Hoàng");
        found.Single()!["formerNames"]!.GetValue<string>().ShouldBe("Xã Vĩnh Linh mới; Xã Vĩnh Thái");
    }

    [Fact]
    public async Task Should_refuse_a_repeated_code_a_cycle_and_an_unknown_parent()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var district = await CreateAreaAsync(admin, "BL-673", "Thành phố Bảo Lộc", "ProvincialCity");
        var ward = await CreateAreaAsync(admin, "BL-P1", "Phường 1", "Ward", district);

        var repeated = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/administrative-area",
            new { code = "bl-673", name = "Trùng", level = "District" }, HttpStatusCode.BadRequest);
        var cycle = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/administrative-area/{district}",
            new { code = "BL-673", name = "Thành phố Bảo Lộc", level = "ProvincialCity", parentId = ward }, HttpStatusCode.BadRequest);
        var unknownParent = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/administrative-area",
            new { code = "X", name = "Xã lạ", level = "Commune", parentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        var badLevel = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/administrative-area",
            new { code = "Y", name = "Tỉnh", level = "Province" }, HttpStatusCode.BadRequest);

        ValidationMembers(repeated).ShouldBe(["code"]);
        ValidationMembers(cycle).ShouldBe(["parentId"]);
        ValidationMembers(unknownParent).ShouldBe(["parentId"]);
        ValidationMembers(badLevel).ShouldBe(["level"]);
    }

    [Fact]
    public async Task Should_refuse_to_delete_an_area_in_use()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var district = await CreateAreaAsync(admin, "464", "Huyện Vĩnh Linh", "District");
        var township = await CreateAreaAsync(admin, "VL-HX", "Thị trấn Hồ Xá", "Township", district);
        var unit = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
            new { code = "VL-HX-UB", name = "UBND thị trấn Hồ Xá", kind = "Commune", administrativeAreaId = township }, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();

        var withChild = await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/administrative-area/{district}", null, HttpStatusCode.BadRequest);
        var withUnit = await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/administrative-area/{township}", null, HttpStatusCode.BadRequest);

        withChild!["error"]!["code"]!.GetValue<string>().ShouldBe("Organization:AreaInUse");
        withUnit!["error"]!["message"]!.GetValue<string>().ShouldContain("Thị trấn Hồ Xá");
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{unit}", null, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/administrative-area/{township}", null, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/administrative-area/{township}", null, HttpStatusCode.NotFound);
        await CreateAreaAsync(admin, "VL-HX", "Thị trấn Hồ Xá", "Township", district);
    }
}

[Collection(Collections.Sqlite)]
public sealed class AdministrativeAreas_Sqlite_Tests(SqliteAppFixture fixture) : AdministrativeAreas_Tests<SqliteAppFixture>(fixture);

// On both databases: diacritic-folded search and uniqueness, sorting by name, former names found by search.
[Collection(Collections.MySql)]
public sealed class AdministrativeAreas_MySql_Tests(MySqlAppFixture fixture) : AdministrativeAreas_Tests<MySqlAppFixture>(fixture);
