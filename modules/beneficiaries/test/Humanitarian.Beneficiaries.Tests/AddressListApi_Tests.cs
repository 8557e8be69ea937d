using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// What the address list page reads beside the list: the statuses counted, probable duplicates only, and
/// the list as a sheet (sensitive columns, and an audit entry, only with SensitiveData). All within the
/// caller's tenant and units.
/// </summary>
public abstract class AddressListApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/humanitarian-address";

    [Fact]
    public async Task Should_count_the_addresses_the_caller_may_see_by_status()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var own = await CreateUnitAsync(admin, "TD", "Hội Chữ thập đỏ xã Tân Định", "RedCrossChapter");
        var other = await CreateUnitAsync(admin, "BT", "Hội Chữ thập đỏ xã Bình Thạnh", "RedCrossChapter");
        await CreateAsync(admin, new { fullName = "Trịnh Văn Lộc", surveyingUnitId = own, status = "Verified" });
        await CreateAsync(admin, new { fullName = "Mai Thị Thu", surveyingUnitId = own, status = "Verified" });
        await CreateAsync(admin, new { fullName = "Lê Văn Tám", surveyingUnitId = other, status = "Surveyed" });
        await CreateAsync(admin, new { fullName = "Đinh Thị Hoa", status = "Graduated" });
        using var foreign = await NewTenantAdminAsync(fixture);
        await CreateAsync(foreign, new { fullName = "Hoàng Văn Cường", status = "Surveyed" });
        using var officer = await SignInAsAsync(tenant, admin, "unit-officer", own);

        (await CountsAsync(admin)).ShouldBe([("Surveyed", 1L), ("Verified", 2L), ("Graduated", 1L)]);
        (await CountsAsync(officer)).ShouldBe([("Verified", 2L)]);
    }

    [Fact]
    public async Task Should_count_the_filtered_addresses_by_commune_most_first()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        foreach (var (name, commune, status) in new[]
                 {
                     ("Lò Văn Một", "Xã Mường Phăng", "Verified"), ("Lò Văn Hai", "xa muong phang", "Verified"), ("Lò Văn Ba", "Xã Mường Phăng", "Surveyed"),
                     ("Quàng Thị Bốn", "Xã Pá Khoang", "Verified"), ("Cà Văn Năm", null, "Verified"),
                 })
        {
            await CreateAsync(admin, new { fullName = name, birthYear = 1960, commune, status });
        }

        var all = (await admin.GetJsonAsync<JsonObject>($"{Url}/commune-counts"))["items"]!.AsArray()
            .Select(c => (c!["commune"]?.GetValue<string>(), c["count"]!.GetValue<long>())).ToList();
        var verified = (await admin.GetJsonAsync<JsonObject>($"{Url}/commune-counts?status=Verified"))["items"]!.AsArray()
            .Select(c => c!["count"]!.GetValue<long>()).ToList();

        all[0].Item2.ShouldBe(3, "two spellings of one commune are one bar");
        all.Skip(1).Select(c => c.Item2).ShouldBe([1, 1]);
        all.Select(c => c.Item1).ShouldContain((string?)null);
        verified.ShouldBe([2, 1, 1]);
    }

    [Fact]
    public async Task Should_list_only_the_probable_duplicates_when_asked()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var first = await CreateAsync(admin, new { fullName = "Nguyễn Văn Ánh", birthYear = 1950, commune = "Xã Đông Anh" });
        var twin = await CreateAsync(admin, new { fullName = "NGUYEN VAN ANH", birthYear = 1950, commune = "xa dong anh" });
        var sameId = await CreateAsync(admin, new { fullName = "Phạm Thị Lan", nationalId = "123456789" });
        var sameIdTwin = await CreateAsync(admin, new { fullName = "Phạm Lan", nationalId = "123 456 789" });
        await CreateAsync(admin, new { fullName = "Nguyễn Văn Ánh", birthYear = 1952, commune = "Xã Đông Anh" });
        await CreateAsync(admin, new { kind = "Facility", name = "Nhà dưỡng lão Hoa Sen", facilityKind = "ElderlyHome" });

        var duplicates = await admin.GetJsonAsync<JsonObject>($"{Url}?duplicatesOnly=true&maxResultCount=100");

        Ids(duplicates["items"]).Order().ShouldBe(new[] { first, twin, sameId, sameIdTwin }.Order());
        (await admin.GetJsonAsync<JsonObject>($"{Url}?duplicatesOnly=true&filter=pham"))["totalCount"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public async Task Should_export_the_sensitive_columns_only_with_the_permission_and_audit_that_export()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var sensitive = await CreateAsync(admin, new { fullName = "Vũ Thị Hạnh", nationalId = "123456789", healthDetails = "Điều trị ARV", categories = new[] { "HivAids", "Orphan" } });
        await CreateAsync(admin, new { fullName = "Lê Văn Sơn", categories = new[] { "WarVictim" } });
        using var member = await SignInAsAsync(tenant, admin, "committee-member");

        var full = await DownloadAsync(admin, $"{Url}/export-excel?sorting=name desc");
        var plain = await DownloadAsync(member, $"{Url}/export-excel?sorting=name desc");

        full.Select(r => r["Họ và tên / Tên cơ sở"]).ShouldBe(["Vũ Thị Hạnh", "Lê Văn Sơn"]);
        full[0]["Số CCCD/CMND"].ShouldBe("123456789");
        full[0]["Tình trạng sức khỏe"].ShouldBe("Điều trị ARV");
        full[0]["Diện"].ShouldBe("Người sống chung với HIV/AIDS; Trẻ mồ côi");
        plain.Select(r => r["Họ và tên / Tên cơ sở"]).ShouldBe(["Vũ Thị Hạnh", "Lê Văn Sơn"]);
        plain[0].Keys.ShouldNotContain("Số CCCD/CMND");
        plain[0].Keys.ShouldNotContain("Tình trạng sức khỏe");
        plain[0]["Diện"].ShouldBe("Trẻ mồ côi");

        var logs = (await admin.GetJsonAsync<JsonObject>("/api/audit-logging/audit-logs?entityType=HumanitarianAddress&maxResultCount=100"))["items"]!.AsArray();
        var reads = logs.SelectMany(log => log!["entityChanges"]!.AsArray())
            .Where(c => c!["changeType"]!.GetValue<string>() == "Read").ToList();
        reads.Count.ShouldBe(1, "the admin's export, of the one record with sensitive data; the member read none");
        reads[0]!["entityId"]!.GetValue<string>().ShouldBe(sensitive.ToString());
        reads[0]!.ToJsonString().ShouldContain("export");
    }

    private static async Task<Guid> CreateAsync(ApiClient client, object address) =>
        (await client.SendExpectingAsync(HttpMethod.Post, Url, address, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task<List<(string, long)>> CountsAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonObject>($"{Url}/status-counts"))["items"]!.AsArray()
            .Select(c => (c!["status"]!.GetValue<string>(), c["count"]!.GetValue<long>())).ToList();

    private async Task<ApiClient> SignInAsAsync(TestTenant tenant, ApiClient admin, string role, Guid? unitId = null)
    {
        var userName = UniqueName(role);
        await CreateUserAsync(admin, userName, unitId, role);
        return await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
    }
}

[Collection(Collections.Sqlite)]
public sealed class AddressListApi_Sqlite_Tests(SqliteAppFixture fixture) : AddressListApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class AddressListApi_MySql_Tests(MySqlAppFixture fixture) : AddressListApi_Tests<MySqlAppFixture>(fixture);
