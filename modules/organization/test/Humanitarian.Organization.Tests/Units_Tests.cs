using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>Units: a tree inside the tenant with folded-unique codes, searched without diacritics.</summary>
public abstract class Units_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_create_read_update_and_list_a_unit()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var clock = fixture.Factory.Clock;
        var beforeCreation = clock.GetUtcNow();

        var created = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
            new { code = "HCTD", name = "Hội Chữ thập đỏ tỉnh", kind = "RedCrossChapter", parentId = (Guid?)null }, HttpStatusCode.OK);
        var id = created!["id"]!.GetValue<Guid>();
        created["isActive"]!.GetValue<bool>().ShouldBeTrue();
        created["kind"]!.GetValue<string>().ShouldBe("RedCrossChapter");
        var creationTime = UtcTime(created["creationTime"]);
        creationTime.ShouldBeInRange(beforeCreation, clock.GetUtcNow(), "stamped by the app's clock");
        created["lastModificationTime"].ShouldBeNull();
        var stamp = created["concurrencyStamp"]!.GetValue<string>();

        var updated = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{id}", new
        {
            code = "HCTD-TINH",
            name = "Hội Chữ thập đỏ tỉnh (cơ quan)",
            kind = "RedCrossChapter",
            isActive = true,
            concurrencyStamp = stamp,
        }, HttpStatusCode.OK);

        updated!["code"]!.GetValue<string>().ShouldBe("HCTD-TINH");
        updated["concurrencyStamp"]!.GetValue<string>().ShouldNotBe(stamp);
        UtcTime(updated["lastModificationTime"]).ShouldBeInRange(creationTime, clock.GetUtcNow());
        var read = await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{id}");
        read["name"]!.GetValue<string>().ShouldBe("Hội Chữ thập đỏ tỉnh (cơ quan)");
        // Read back from the database: the same instants, as UTC (MariaDB keeps microseconds).
        (UtcTime(read["creationTime"]) - creationTime).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        (UtcTime(read["lastModificationTime"]) - UtcTime(updated["lastModificationTime"])).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        var list = await admin.GetJsonAsync<JsonObject>("/api/app/unit");
        list["totalCount"]!.GetValue<long>().ShouldBe(1);
        Ids(list["items"]).ShouldBe([id]);
    }

    [Fact]
    public async Task Should_refuse_a_code_that_differs_only_in_case_or_diacritics()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var first = await CreateUnitAsync(admin, "ĐV-Đình", "Đơn vị Đình Bảng");
        var second = await CreateUnitAsync(admin, "DV-2", "Đơn vị hai");

        foreach (var code in new[] { "dv-dinh", "ĐV-ĐÌNH", " Dv-Dính " })
        {
            var refused = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
                new { code, name = "Trùng mã", kind = "Other" }, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe(["code"]);
            refused!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("đã được dùng");
        }
        var renamed = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{second}",
            new { code = "dv-dinh", name = "Đơn vị hai", kind = "Other", isActive = true }, HttpStatusCode.BadRequest);
        ValidationMembers(renamed).ShouldBe(["code"]);

        // Keeping its own code (even re-cased) is no conflict; a deleted unit's code is free again.
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{first}",
            new { code = "ĐV-ĐÌNH", name = "Đơn vị Đình Bảng", kind = "Other", isActive = true }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{first}", null, HttpStatusCode.OK);
        await CreateUnitAsync(admin, "dv-dinh", "Đơn vị mới");
    }

    [Fact]
    public async Task Should_find_units_without_typing_diacritics()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var dinhBang = await CreateUnitAsync(admin, "X-DB", "Ủy ban nhân dân phường Đình Bảng", "Commune");
        var haNoi = await CreateUnitAsync(admin, "HN", "Hội Chữ thập đỏ thành phố Hà Nội", "RedCrossChapter");
        await CreateUnitAsync(admin, "Y", "Trường Tiểu học Yên Hòa", "School");

        foreach (var (filter, expected) in new[]
                 {
                     ("dinh", dinhBang), ("ĐÌNH BẢNG", dinhBang), ("ha noi", haNoi), ("Hà   Nội", haNoi), ("x-db", dinhBang),
                 })
        {
            var found = await admin.GetJsonAsync<JsonObject>($"/api/app/unit?filter={Uri.EscapeDataString(filter)}");
            Ids(found["items"]).ShouldBe([expected], filter);
        }
    }

    [Fact]
    public async Task Should_filter_sort_and_page_the_list()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var parent = await CreateUnitAsync(admin, "A", "An Giang", "PeopleCommittee");
        await CreateUnitAsync(admin, "B", "Bắc Ninh", "School", parent);
        await CreateUnitAsync(admin, "C", "Cà Mau", "School", parent);
        var inactive = await CreateUnitAsync(admin, "D", "Đà Nẵng", "Business", parent);
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{inactive}",
            new { code = "D", name = "Đà Nẵng", kind = "Business", parentId = parent, isActive = false }, HttpStatusCode.OK);

        var page = await admin.GetJsonAsync<JsonObject>($"/api/app/unit?parentId={parent}&sorting=code desc&skipCount=1&maxResultCount=2");
        page["totalCount"]!.GetValue<long>().ShouldBe(3);
        Strings(page["items"], "code").ShouldBe(["C", "B"]);
        Strings((await admin.GetJsonAsync<JsonObject>("/api/app/unit?kind=School"))["items"], "code").ShouldBe(["B", "C"]);
        Ids((await admin.GetJsonAsync<JsonObject>("/api/app/unit?isActive=false"))["items"]).ShouldBe([inactive]);
        var badSorting = await admin.SendExpectingAsync(HttpMethod.Get, "/api/app/unit?sorting=password", null, HttpStatusCode.BadRequest);
        ValidationMembers(badSorting).ShouldBe(["sorting"]);
    }

    [Fact]
    public async Task Should_answer_409_to_an_update_with_a_stale_concurrency_stamp()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var created = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
            new { code = "S", name = "Sở Y tế", kind = "Department" }, HttpStatusCode.OK);
        var id = created!["id"]!.GetValue<Guid>();
        var stale = created["concurrencyStamp"]!.GetValue<string>();
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{id}",
            new { code = "S", name = "Sở Y tế tỉnh", kind = "Department", isActive = true, concurrencyStamp = stale }, HttpStatusCode.OK);

        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{id}",
            new { code = "S", name = "Sở Y tế (cũ)", kind = "Department", isActive = true, concurrencyStamp = stale }, HttpStatusCode.Conflict);

        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{id}"))["name"]!.GetValue<string>().ShouldBe("Sở Y tế tỉnh");
    }

    /// <summary>A time of the API, which must say it is UTC ("Z"): a time of unknown kind would be shown shifted.</summary>
    private static DateTimeOffset UtcTime(JsonNode? value)
    {
        var text = value!.GetValue<string>();
        text.ShouldEndWith("Z");
        return DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }
}

[Collection(Collections.Sqlite)]
public sealed class Units_Sqlite_Tests(SqliteAppFixture fixture) : Units_Tests<SqliteAppFixture>(fixture);

// On both databases: codes unique on folded values, diacritic-free search, sorting and paging, concurrency stamps and stored times.
[Collection(Collections.MySql)]
public sealed class Units_MySql_Tests(MySqlAppFixture fixture) : Units_Tests<MySqlAppFixture>(fixture);

/// <summary>Units' tree and deletion rules and field checks, decided in code: SQLite only.</summary>
public abstract class UnitRules_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_move_a_unit_to_another_parent_but_never_below_itself()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var province = await CreateUnitAsync(admin, "P", "Ủy ban nhân dân tỉnh", "PeopleCommittee");
        var district = await CreateUnitAsync(admin, "D1", "Ủy ban nhân dân huyện Một", "PeopleCommittee", province);
        var commune = await CreateUnitAsync(admin, "D1-X1", "Ủy ban nhân dân xã Một", "Commune", district);
        var otherDistrict = await CreateUnitAsync(admin, "D2", "Ủy ban nhân dân huyện Hai", "PeopleCommittee", province);

        await MoveAsync(admin, commune, "D1-X1", otherDistrict, HttpStatusCode.OK);

        Ids((await admin.GetJsonAsync<JsonObject>($"/api/app/unit?parentId={otherDistrict}"))["items"]).ShouldBe([commune]);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit?parentId={district}"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        foreach (var (unit, code, newParent) in new[]
                 {
                     (province, "P", province), // itself
                     (province, "P", otherDistrict), // its child
                     (province, "P", commune), // its grandchild
                 })
        {
            var refused = await MoveAsync(admin, unit, code, newParent, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe(["parentId"]);
        }
        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{province}"))["parentId"].ShouldBeNull();
        // Back to the top level is allowed for an unrestricted user.
        await MoveAsync(admin, otherDistrict, "D2", null, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_name_each_invalid_field()
    {
        using var admin = await NewTenantAdminAsync(fixture);

        var empty = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit", new { }, HttpStatusCode.BadRequest);
        ValidationMembers(empty).ShouldBe(["code", "name", "kind"], ignoreOrder: true);
        var cases = new (object Body, string Member)[]
        {
            (new { code = new string('X', 65), name = "Dài", kind = "Other" }, "code"),
            (new { code = "N", name = new string('Đ', 257), kind = "Other" }, "name"),
            (new { code = "K", name = "Sai loại", kind = "Ministry" }, "kind"),
            (new { code = "P", name = "Cha lạ", kind = "Other", parentId = Guid.NewGuid() }, "parentId"),
            (new { code = "AR", name = "Vùng lạ", kind = "Other", administrativeAreaId = Guid.NewGuid() }, "administrativeAreaId"),
        };
        foreach (var (body, member) in cases)
        {
            var refused = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit", body, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe([member]);
        }
        var english = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit?culture=en",
            new { code = "P", name = "Cha lạ", kind = "Other", parentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        english!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("The selected parent unit was not found.");
    }

    [Fact]
    public async Task Should_refuse_to_delete_a_unit_that_others_depend_on_and_suggest_deactivating_it()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var parent = await CreateUnitAsync(admin, "UB", "Ủy ban nhân dân huyện", "PeopleCommittee");
        var child = await CreateUnitAsync(admin, "UB-X", "Ủy ban nhân dân xã", "Commune", parent);
        var recipient = await CreateUnitAsync(admin, "CTD", "Hội Chữ thập đỏ huyện", "RedCrossChapter");
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", new
        {
            kind = "OfficialLetter", number = "12/CV-UBND", issueDate = "2024-04-26", issuer = "Ủy ban nhân dân huyện",
            summary = "Triển khai Tháng Nhân đạo", recipientUnitIds = new[] { recipient },
        }, HttpStatusCode.OK);

        var withChildren = await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{parent}", null, HttpStatusCode.BadRequest);
        withChildren!["error"]!["code"]!.GetValue<string>().ShouldBe("Organization:UnitHasChildren");
        withChildren["error"]!["message"]!.GetValue<string>().ShouldContain("Ủy ban nhân dân huyện");
        var referenced = await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{recipient}", null, HttpStatusCode.BadRequest);
        referenced!["error"]!["code"]!.GetValue<string>().ShouldBe("Organization:UnitInUse");
        referenced["error"]!["message"]!.GetValue<string>().ShouldContain("1 văn bản");
        referenced["error"]!["message"]!.GetValue<string>().ShouldContain("ngừng hoạt động");

        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{recipient}",
            new { code = "CTD", name = "Hội Chữ thập đỏ huyện", kind = "RedCrossChapter", isActive = false }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{child}", null, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{child}", null, HttpStatusCode.NotFound);
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{parent}", null, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_keep_a_unit_its_users_work_for()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "P-LDTBXH", "Phòng Lao động – Thương binh và Xã hội", "Department");
        await CreateUserAsync(admin, UniqueName("can-bo"), unit, "unit-officer");

        var refused = await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{unit}", null, HttpStatusCode.BadRequest);

        refused!["error"]!["message"]!.GetValue<string>().ShouldContain("1 người dùng");
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/unit/{unit}", null, HttpStatusCode.OK);
    }

    private static Task<JsonNode?> MoveAsync(ApiClient admin, Guid unitId, string code, Guid? parentId, HttpStatusCode expected) =>
        admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{unitId}",
            new { code, name = "Đơn vị " + code, kind = "PeopleCommittee", parentId, isActive = true }, expected);
}

[Collection(Collections.Sqlite)]
public sealed class UnitRules_Sqlite_Tests(SqliteAppFixture fixture) : UnitRules_Tests<SqliteAppFixture>(fixture);
