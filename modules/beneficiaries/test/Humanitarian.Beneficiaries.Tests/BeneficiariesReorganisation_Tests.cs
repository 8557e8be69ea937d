using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// Addresses in the 2025 reorganisation: a dissolved district's addresses go where their commune goes,
/// with their sponsorships and deliveries, and nothing of them is left readable in the closed tenant.
/// </summary>
public abstract class BeneficiariesReorganisation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_send_each_address_with_its_sponsorships_and_deliveries_where_its_commune_goes()
    {
        using var host = await fixture.SignInAsync(null, "admin");
        var province = await CreateTenantAsync(host, displayName: "Quảng Trị " + UniqueName());
        var district = await CreateTenantAsync(host, province.Id, "District", "Vĩnh Linh " + UniqueName());
        var commune = await CreateTenantAsync(host, district.Id, "Commune", "Xã Vĩnh Thái " + UniqueName());
        Guid inVinhThai, inHoXa, sponsorship, delivery;
        using (var districtAdmin = await SignInAdminAsync(fixture, district))
        {
            var vinhThai = await CreateAreaAsync(districtAdmin, "19630", "Xã Vĩnh Thái", "Commune");
            await CreateAreaAsync(districtAdmin, "19597", "Thị trấn Hồ Xá", "Township");
            inVinhThai = await CreateIn(districtAdmin, "Lê Thị Bông", "Xã Vĩnh Thái");
            inHoXa = await CreateIn(districtAdmin, "Nguyễn Văn Tám", "Thị trấn Hồ Xá");
            sponsorship = await CreateSponsorshipAsync(districtAdmin, inVinhThai, 400_000, new DateOnly(2024, 1, 1));
            delivery = (await districtAdmin.SendExpectingAsync(HttpMethod.Post, "/api/app/support-delivery",
                new { sponsorshipId = sponsorship, date = "2024-03-10", kind = "Cash", value = 1_200_000 }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
            await CreateSponsorshipAsync(districtAdmin, inHoXa, 300_000, new DateOnly(2024, 1, 1));

            var report = (await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{district.Id}/dissolve",
                new { areaSuccessors = new[] { new { areaId = vinhThai, successorId = commune.Id } } }, HttpStatusCode.OK))!;

            var lines = report["lines"]!.AsArray().Where(line => line!["module"]!.GetValue<string>() == "Địa chỉ nhân đạo")
                .ToDictionary(line => line!["subject"]!.GetValue<string>(), line => line!);
            lines.Keys.ShouldBe(["Địa chỉ nhân đạo", "Đăng ký bảo trợ", "Lần trao hỗ trợ"]);
            lines.Values.Select(line => line["moved"]!.GetValue<int>()).ShouldBe([2, 2, 1]);
            lines["Địa chỉ nhân đạo"]["notes"]!.AsArray().Single()!.GetValue<string>()
                .ShouldBe($"1 địa chỉ nhân đạo ở các xã, phường chuyển về {commune.DisplayName} đi theo xã, phường của mình.");
        }
        using var communeAdmin = await SignInAdminAsync(fixture, commune);
        using var provinceAdmin = await SignInAdminAsync(fixture, province);

        (await communeAdmin.GetJsonAsync<JsonObject>($"/api/app/humanitarian-address/{inVinhThai}"))["fullName"]!.GetValue<string>().ShouldBe("Lê Thị Bông");
        var carried = await communeAdmin.GetJsonAsync<JsonObject>($"/api/app/sponsorship/{sponsorship}");
        carried["deliveredValue"]!.GetValue<long>().ShouldBe(1_200_000);
        (await communeAdmin.GetAsync($"/api/app/support-delivery/{delivery}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await provinceAdmin.GetAsync($"/api/app/humanitarian-address/{inVinhThai}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await provinceAdmin.GetJsonAsync<JsonObject>($"/api/app/humanitarian-address/{inHoXa}"))["fullName"]!.GetValue<string>().ShouldBe("Nguyễn Văn Tám");
        (await provinceAdmin.GetJsonAsync<JsonObject>($"/api/app/sponsorship?humanitarianAddressId={inHoXa}"))["totalCount"]!.GetValue<long>().ShouldBe(1);
    }

    private static async Task<Guid> CreateIn(ApiClient admin, string fullName, string commune) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address",
            new { fullName, birthYear = 1960, commune }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
}

[Collection(Collections.Sqlite)]
public sealed class BeneficiariesReorganisation_Sqlite_Tests(SqliteAppFixture fixture) : BeneficiariesReorganisation_Tests<SqliteAppFixture>(fixture);

// On both databases: rows moved by bulk updates picked through a subquery, which MySQL restricts.
[Collection(Collections.MySql)]
public sealed class BeneficiariesReorganisation_MySql_Tests(MySqlAppFixture fixture) : BeneficiariesReorganisation_Tests<MySqlAppFixture>(fixture);
