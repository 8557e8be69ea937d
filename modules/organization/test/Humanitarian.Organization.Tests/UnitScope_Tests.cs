using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>A user attached to a unit sees that unit and the units below it, nothing else; users may only be attached to real units.</summary>
public abstract class UnitScope_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private sealed record District(TestTenant Tenant, Guid Province, Guid ThanhTri, Guid ThanhTriCommune, Guid BaDinh);

    /// <summary>The province with two districts (siblings) and a commune below the first.</summary>
    private async Task<District> CreateDistrictsAsync(ApiClient admin, TestTenant tenant)
    {
        var province = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ thành phố", "RedCrossChapter");
        var thanhTri = await CreateUnitAsync(admin, "HCTD-020", "Hội Chữ thập đỏ huyện Thanh Trì", "RedCrossChapter", province);
        var commune = await CreateUnitAsync(admin, "HCTD-020-TH", "Hội Chữ thập đỏ xã Tả Thanh Oai", "RedCrossChapter", thanhTri);
        var baDinh = await CreateUnitAsync(admin, "HCTD-001", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter", province);
        return new District(tenant, province, thanhTri, commune, baDinh);
    }

    [Fact]
    public async Task Should_show_a_unit_officer_their_unit_and_its_children_but_not_its_siblings()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var units = await CreateDistrictsAsync(admin, tenant);
        var userName = UniqueName("officer");
        await CreateUserAsync(admin, userName, units.ThanhTri, "unit-officer");

        using var officer = await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);

        (await GetConfigurationAsync(officer))["currentUser"]!["unitId"]!.GetValue<Guid>().ShouldBe(units.ThanhTri);
        var visible = await officer.GetJsonAsync<JsonObject>("/api/app/unit?maxResultCount=1000");
        visible["totalCount"]!.GetValue<long>().ShouldBe(2);
        Ids(visible["items"]).ShouldBe([units.ThanhTri, units.ThanhTriCommune], ignoreOrder: true);
        (await officer.GetJsonAsync<JsonObject>($"/api/app/unit?filter=ba dinh"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        await officer.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{units.ThanhTriCommune}", null, HttpStatusCode.OK);
        foreach (var hidden in new[] { units.BaDinh, units.Province })
        {
            await officer.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{hidden}", null, HttpStatusCode.NotFound);
            await officer.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{hidden}/contacts", null, HttpStatusCode.NotFound);
        }
        // The admin, attached to no unit, is not restricted.
        (await admin.GetJsonAsync<JsonObject>("/api/app/unit"))["totalCount"]!.GetValue<long>().ShouldBe(4);
    }

    [Fact]
    public async Task Should_let_a_unit_officer_create_and_edit_units_only_inside_their_subtree()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var units = await CreateDistrictsAsync(admin, tenant);
        await admin.SendExpectingAsync(HttpMethod.Put, "/api/permission-management/permissions?providerName=R&providerKey=unit-officer", new
        {
            permissions = new[]
            {
                new { name = "Humanitarian.Organization.Units.Create", isGranted = true },
                new { name = "Humanitarian.Organization.Units.Update", isGranted = true },
            },
        }, HttpStatusCode.OK);
        var userName = UniqueName("officer");
        await CreateUserAsync(admin, userName, units.ThanhTri, "unit-officer");
        using var officer = await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);

        await CreateUnitAsync(officer, "HCTD-020-VQ", "Hội Chữ thập đỏ xã Vạn Phúc", "RedCrossChapter", units.ThanhTri);
        foreach (var parentId in new Guid?[] { null, units.BaDinh, units.Province })
        {
            var refused = await officer.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
                new { code = UniqueName("X"), name = "Ngoài phạm vi", kind = "Other", parentId }, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe(["parentId"]);
        }
        // Their own unit keeps its parent (outside their scope) when they rename it; a sibling stays out of reach.
        await officer.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{units.ThanhTri}", new
        {
            code = "HCTD-020", name = "Hội Chữ thập đỏ huyện Thanh Trì (mới)", kind = "RedCrossChapter", parentId = units.Province, isActive = true,
        }, HttpStatusCode.OK);
        await officer.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{units.BaDinh}", new
        {
            code = "HCTD-001", name = "Chiếm quyền", kind = "RedCrossChapter", parentId = units.Province, isActive = true,
        }, HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{units.BaDinh}"))["name"]!.GetValue<string>().ShouldBe("Hội Chữ thập đỏ quận Ba Đình");
    }

    [Fact]
    public async Task Should_refuse_to_attach_a_user_to_a_unit_that_is_not_the_tenants()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var own = await CreateUnitAsync(admin, "A", "Đơn vị A");
        using var otherAdmin = await NewTenantAdminAsync(fixture);
        var foreign = await CreateUnitAsync(otherAdmin, "B", "Đơn vị của tỉnh khác");

        foreach (var unitId in new[] { Guid.NewGuid(), foreign })
        {
            var refused = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
            {
                userName = UniqueName("u"), email = "u@example.org", password = TestTenant.AdminPassword, unitId, roleNames = new[] { "viewer" },
            }, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe(["unitId"]);
        }
        var userName = UniqueName("u");
        var userId = await CreateUserAsync(admin, userName, own, "viewer");
        var user = await admin.GetJsonAsync<JsonObject>($"/api/identity/users/{userId}");
        var moved = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/identity/users/{userId}", new
        {
            userName, email = $"{userName}@example.org", unitId = foreign, roleNames = new[] { "viewer" },
            concurrencyStamp = user["concurrencyStamp"]!.GetValue<string>(),
        }, HttpStatusCode.BadRequest);
        ValidationMembers(moved).ShouldBe(["unitId"]);
        (await admin.GetJsonAsync<JsonObject>($"/api/identity/users/{userId}"))["unitId"]!.GetValue<Guid>().ShouldBe(own);
    }
}

[Collection(Collections.Sqlite)]
public sealed class UnitScope_Sqlite_Tests(SqliteAppFixture fixture) : UnitScope_Tests<SqliteAppFixture>(fixture);

// On both databases: a unit's subtree is read by a query over the unit tree.
[Collection(Collections.MySql)]
public sealed class UnitScope_MySql_Tests(MySqlAppFixture fixture) : UnitScope_Tests<MySqlAppFixture>(fixture);
