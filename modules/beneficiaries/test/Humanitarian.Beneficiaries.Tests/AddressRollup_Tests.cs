using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>A province sees its districts' beneficiaries as counts over each district's subtree, never their records.</summary>
public abstract class AddressRollup_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/humanitarian-address/child-counts";

    [Fact]
    public async Task Should_count_each_childs_subtree_for_the_parent_without_letting_it_read_a_record()
    {
        using var host = await fixture.SignInAsync(null, "admin");
        var province = await CreateTenantAsync(host, displayName: "Quảng Trị " + UniqueName());
        var vinhLinh = await CreateTenantAsync(host, province.Id, "District", "Vĩnh Linh " + UniqueName());
        var gioLinh = await CreateTenantAsync(host, province.Id, "District", "Gio Linh " + UniqueName());
        var vinhThai = await CreateTenantAsync(host, vinhLinh.Id, "Commune", "Xã Vĩnh Thái " + UniqueName());
        Guid record;
        using (var districtAdmin = await SignInAdminAsync(fixture, vinhLinh))
        {
            record = await CreateAddressAsync(districtAdmin, "Nguyễn Thị Hường");
            var sponsorship = await CreateSponsorshipAsync(districtAdmin, record, 300_000, VietnamToday().AddMonths(-1));
            await districtAdmin.SendExpectingAsync(HttpMethod.Post, "/api/app/support-delivery",
                new { sponsorshipId = sponsorship, date = VietnamToday().ToString("yyyy-MM-dd"), kind = "Cash", value = 300_000 }, HttpStatusCode.OK);
            await CreateAddressAsync(districtAdmin, "Lê Văn Thuận");
        }
        using (var communeAdmin = await SignInAdminAsync(fixture, vinhThai))
        {
            await CreateAddressAsync(communeAdmin, "Trần Thị Lài");
        }
        using (var otherAdmin = await SignInAdminAsync(fixture, gioLinh))
        {
            await CreateAddressAsync(otherAdmin, "Hoàng Văn Sinh", status: "Graduated");
        }
        using var provinceAdmin = await SignInAdminAsync(fixture, province);

        var counts = (await provinceAdmin.GetJsonAsync<JsonObject>(Url))["items"]!.AsArray()
            .ToDictionary(c => c!["tenantId"]!.GetValue<Guid>(), c => c!);

        counts.Keys.ShouldBe([gioLinh.Id, vinhLinh.Id], ignoreOrder: true);
        Figures(counts[vinhLinh.Id]).ShouldBe((3, 1, 1), "the commune's address counts in its district");
        Figures(counts[gioLinh.Id]).ShouldBe((0, 0, 0), "a graduated address no longer waits for help");
        (await provinceAdmin.GetAsync($"/api/app/humanitarian-address/{record}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await provinceAdmin.GetJsonAsync<JsonObject>("/api/app/humanitarian-address"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        using var leaf = await SignInAdminAsync(fixture, gioLinh);
        (await leaf.GetJsonAsync<JsonObject>(Url))["items"]!.AsArray().ShouldBeEmpty();
    }

    private static (int Open, int Sponsored, int Helped) Figures(JsonNode child) =>
        (child["open"]!.GetValue<int>(), child["sponsored"]!.GetValue<int>(), child["helped"]!.GetValue<int>());
}

[Collection(Collections.Sqlite)]
public sealed class AddressRollup_Sqlite_Tests(SqliteAppFixture fixture) : AddressRollup_Tests<SqliteAppFixture>(fixture);

// On both databases: the grouped conditional counts with subqueries, the tenant filter turned off for them.
[Collection(Collections.MySql)]
public sealed class AddressRollup_MySql_Tests(MySqlAppFixture fixture) : AddressRollup_Tests<MySqlAppFixture>(fixture);
