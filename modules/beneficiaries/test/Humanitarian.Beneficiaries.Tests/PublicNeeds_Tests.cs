using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// The needs catalogue donors read without signing in: only addresses whose publication was consented to
/// and that wait for a sponsor, of the tenant named in the URL, and nothing that tells who they are.
/// </summary>
public abstract class PublicNeeds_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_list_only_consented_addresses_waiting_for_a_sponsor_without_anything_that_names_them()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var waiting = await CreateAsync(admin, "Lò Thị Xuân", "Xã Mường Phăng", publish: true, categories: ["HivAids", "Orphan"],
            needs: ["Scholarship", "Books"], nationalId: "011312000123", phone: "0912345678");
        await CreateAsync(admin, "Không Đồng Ý", "Xã Mường Phăng", publish: false);
        var sponsored = await CreateAsync(admin, "Đã Có Người Nhận", "Xã Mường Phăng", publish: true);
        await CreateSponsorshipAsync(admin, sponsored, 300_000, VietnamToday().AddMonths(1));
        await CreateAsync(admin, "Đã Vươn Lên", "Xã Mường Phăng", publish: true, status: "Graduated");
        var ended = await CreateAsync(admin, "Hết Hạn Bảo Trợ", "Xã Nà Tấu", publish: true);
        await CreateSponsorshipAsync(admin, ended, 300_000, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        using var otherAdmin = await NewTenantAdminAsync(fixture);
        await CreateAsync(otherAdmin, "Tỉnh Khác", "Xã Mường Phăng", publish: true);
        using var anonymous = fixture.Anonymous();

        var response = await anonymous.GetAsync($"/api/public/needs/{tenant.Name}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "Xuân", "011312000123", "0912345678", "Số 5", "HivAids" })
        {
            text.ShouldNotContain(secret);
        }
        var body = JsonNode.Parse(text)!;
        body["totalCount"]!.GetValue<long>().ShouldBe(2);
        var items = body["items"]!.AsArray();
        items.Select(i => i!["id"]!.GetValue<Guid>()).ShouldBe([waiting, ended], "ordered by commune");
        items[0]!.AsObject().Select(p => p.Key).ShouldBe(["id", "kind", "category", "commune", "needs", "monthlyValueSought"]);
        (items[0]!["category"]!.GetValue<string>(), items[0]!["commune"]!.GetValue<string>(), items[0]!["monthlyValueSought"]!.GetValue<long>())
            .ShouldBe(("Orphan", "Xã Mường Phăng", 500_000));
        items[0]!["needs"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["Scholarship", "Books"]);
    }

    [Fact]
    public async Task Should_filter_by_need_category_and_commune_never_find_by_hiv_and_answer_404_for_an_unknown_tenant()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var pupil = await CreateAsync(admin, "Vàng A Dình", "Xã Mường Phăng", publish: true, categories: ["HivAids", "Orphan"], needs: ["Scholarship"]);
        await CreateAsync(admin, "Lò Văn Cường", "Phường Him Lam", publish: true, categories: ["LonelyElderly"], needs: ["Food"]);
        using var otherAdmin = await NewTenantAdminAsync(fixture);
        // The caller's tenant header names another tenant: the URL's tenant is still the one read.
        using var anonymous = fixture.Anonymous(otherAdmin.TenantName);
        var url = $"/api/public/needs/{tenant.Name}";

        (await Ids(anonymous, $"{url}?need=Scholarship")).ShouldBe([pupil]);
        (await Ids(anonymous, $"{url}?category=Orphan")).ShouldBe([pupil]);
        (await Ids(anonymous, $"{url}?category=HivAids")).ShouldBeEmpty("HIV/AIDS is never published, not even as a filter");
        (await Ids(anonymous, $"{url}?commune=muong phang")).ShouldBe([pupil]);
        (await Ids(anonymous, $"{url}?maxResultCount=1&skipCount=1")).Count.ShouldBe(1);

        var missing = await anonymous.GetAsync("/api/public/needs/khong-co-tinh-nay");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiClient.ReadErrorAsync(missing))["message"].ShouldNotBeNull();
        (await anonymous.GetAsync($"{url}?need=Gold")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<List<Guid>> Ids(ApiClient client, string url) =>
        (await client.GetJsonAsync<JsonObject>(url))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();

    private static async Task<Guid> CreateAsync(ApiClient admin, string fullName, string commune, bool publish, string status = "Surveyed",
        string[]? categories = null, string[]? needs = null, string? nationalId = null, string? phone = null) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address", new
        {
            fullName, sex = "Female", birthYear = 2012, commune, address = "Số 5, bản Phăng", status, consentToShare = publish, consentToPublish = publish,
            categories = categories ?? ["DifficultCircumstances"], needs = needs ?? ["Cash"], monthlyValueSought = 500_000, nationalId, phone,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
}

[Collection(Collections.Sqlite)]
public sealed class PublicNeeds_Sqlite_Tests(SqliteAppFixture fixture) : PublicNeeds_Tests<SqliteAppFixture>(fixture);

// On both databases: the consent kept as a complex property, the bit filters and the ordering.
[Collection(Collections.MySql)]
public sealed class PublicNeeds_MySql_Tests(MySqlAppFixture fixture) : PublicNeeds_Tests<MySqlAppFixture>(fixture);
