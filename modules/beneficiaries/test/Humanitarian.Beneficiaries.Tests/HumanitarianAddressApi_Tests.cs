using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>Humanitarian addresses through the API: the record, its checks, probable duplicates, the commune looked up.</summary>
public abstract class HumanitarianAddressApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/humanitarian-address";

    [Fact]
    public async Task Should_record_a_person_as_api_md_shows_and_match_the_commune_to_the_tenants_area()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var ward = await CreateAreaAsync(admin, "26734", "Phường Hồng Bàng", "Ward");

        var created = await CreateAsync(admin, new
        {
            kind = "Person", fullName = "Nguyễn Văn Ánh", birthYear = 1950, sex = "Male", address = "Số 5, ngõ 12", commune = "phuong hong bang",
            categories = new[] { "WarVictim", "LonelyElderly" }, circumstances = "Thương binh, sống một mình", needs = new[] { "HealthCare", "Food" },
            consentToSurvey = true,
        });

        created["status"]!.GetValue<string>().ShouldBe("Surveyed");
        created["commune"]!.GetValue<string>().ShouldBe("Phường Hồng Bàng", "the area's own spelling");
        created["communeId"]!.GetValue<Guid>().ShouldBe(ward);
        created["categories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["WarVictim", "LonelyElderly"]);
        created["consents"]!.AsArray().Count.ShouldBe(3);
        var read = await admin.GetJsonAsync<JsonObject>($"{Url}/{created["id"]}");
        read["fullName"]!.GetValue<string>().ShouldBe("Nguyễn Văn Ánh");
        read["needs"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["Food", "HealthCare"]);

        var found = await admin.GetJsonAsync<JsonObject>($"{Url}?filter=NGUYEN VAN ANH");
        Ids(found["items"]).ShouldBe([created["id"]!.GetValue<Guid>()]);
        (await admin.GetJsonAsync<JsonObject>($"{Url}?communeId={ward}&category=WarVictim"))["totalCount"]!.GetValue<long>().ShouldBe(1);
        (await admin.GetJsonAsync<JsonObject>($"{Url}?category=Orphan"))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_national_id_that_is_not_one_or_contradicts_the_record_and_write_nothing()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        foreach (var (nationalId, sex, birthYear) in new[] { ("12345", "Male", 1995), ("001095012345", "Female", 1995), ("001095012345", "Male", 1990) })
        {
            var error = await admin.SendExpectingAsync(HttpMethod.Post, Url,
                new { fullName = "Trần Văn Bình", sex, birthYear, nationalId }, HttpStatusCode.BadRequest);
            ValidationMembers(error).ShouldBe(["nationalId"], nationalId);
        }
        var facility = await admin.SendExpectingAsync(HttpMethod.Post, Url, new { kind = "Facility", name = "Nhà dưỡng lão Hoa Sen" }, HttpStatusCode.BadRequest);
        ValidationMembers(facility).ShouldBe(["facilityKind"]);
        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_flag_the_same_person_typed_twice_and_the_same_national_id()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var first = await CreateAsync(admin, new { fullName = "Nguyễn Văn Ánh", birthYear = 1950, commune = "Xã Đông Anh", nationalId = "123456789" });
        var sameName = await CreateAsync(admin, new { fullName = "NGUYEN VAN ANH", birthYear = 1950, commune = "xa dong anh" });
        var sameId = await CreateAsync(admin, new { fullName = "Nguyễn Văn Anh Tuấn", birthYear = 1951, commune = "Xã Khác", nationalId = "123 456 789" });
        var otherYear = await CreateAsync(admin, new { fullName = "Nguyễn Văn Ánh", birthYear = 1952, commune = "Xã Đông Anh" });

        var duplicates = (await admin.GetJsonAsync<JsonObject>($"{Url}/{first["id"]}/possible-duplicates"))["items"]!.AsArray();

        duplicates.Select(d => (d!["id"]!.GetValue<Guid>(), d["reason"]!.GetValue<string>())).OrderBy(d => d.Item2).ShouldBe(
        [
            (sameName["id"]!.GetValue<Guid>(), "SameNameBirthYearCommune"),
            (sameId["id"]!.GetValue<Guid>(), "SameNationalId"),
        ]);
        duplicates.Select(d => d!["id"]!.GetValue<Guid>()).ShouldNotContain(otherYear["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Should_keep_the_national_id_encrypted_and_its_hash_keyed()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var created = await CreateAsync(admin, new { fullName = "Phạm Thị Lan", sex = "Female", birthYear = 1995, nationalId = "001195012345" });
        created["nationalId"]!.GetValue<string>().ShouldBe("001195012345");

        using var scope = fixture.Factory.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<HumanitarianAddress>()
            .IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == created["id"]!.GetValue<Guid>());
        row.ProtectedNationalId.ShouldNotBeNull().ShouldNotContain("001195012345");
        var plainSha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("001195012345"u8.ToArray()));
        row.NationalIdHash.ShouldNotBeNull().Length.ShouldBe(64);
        row.NationalIdHash.ShouldNotBe(plainSha, "an unkeyed hash of 12 digits is reversed by trying them all");
    }

    [Fact]
    public async Task Should_keep_another_tenants_addresses_out_of_reach()
    {
        using var owner = await NewTenantAdminAsync(fixture);
        using var other = await NewTenantAdminAsync(fixture);
        var id = (await CreateAsync(owner, new { fullName = "Hoàng Văn Cường", birthYear = 1960 }))["id"]!.GetValue<Guid>();

        (await other.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
        await other.SendExpectingAsync(HttpMethod.Get, $"{Url}/{id}", null, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Get, $"{Url}/{id}/possible-duplicates", null, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Put, $"{Url}/{id}", new { fullName = "x", birthYear = 1960 }, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Delete, $"{Url}/{id}", null, HttpStatusCode.NotFound);
        // Its twin in the other tenant is no duplicate of it.
        var twin = await CreateAsync(other, new { fullName = "Hoàng Văn Cường", birthYear = 1960 });
        (await other.GetJsonAsync<JsonObject>($"{Url}/{twin["id"]}/possible-duplicates"))["items"]!.AsArray().ShouldBeEmpty();
        (await owner.GetJsonAsync<JsonObject>($"{Url}/{id}"))["fullName"]!.GetValue<string>().ShouldBe("Hoàng Văn Cường");
    }

    [Fact]
    public async Task Should_refuse_a_stale_update_and_a_commune_id_that_is_not_the_tenants()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var created = await CreateAsync(admin, new { fullName = "Đỗ Thị Mai", birthYear = 1970 });
        var id = created["id"]!.GetValue<Guid>();
        var stamp = created["concurrencyStamp"]!.GetValue<string>();
        await admin.SendExpectingAsync(HttpMethod.Put, $"{Url}/{id}",
            new { fullName = "Đỗ Thị Mai", birthYear = 1971, status = "Verified", concurrencyStamp = stamp }, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Put, $"{Url}/{id}",
            new { fullName = "Đỗ Thị Mai", birthYear = 1972, concurrencyStamp = stamp }, HttpStatusCode.Conflict);

        var unknown = await admin.SendExpectingAsync(HttpMethod.Post, Url, new { fullName = "Lý Văn Tư", communeId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        ValidationMembers(unknown).ShouldBe(["communeId"]);
        var read = await admin.GetJsonAsync<JsonObject>($"{Url}/{id}");
        (read["birthYear"]!.GetValue<int>(), read["status"]!.GetValue<string>()).ShouldBe((1971, "Verified"));
    }

    private static async Task<JsonObject> CreateAsync(ApiClient client, object address) =>
        (JsonObject)(await client.SendExpectingAsync(HttpMethod.Post, Url, address, HttpStatusCode.OK))!;
}

[Collection(Collections.Sqlite)]
public sealed class HumanitarianAddressApi_Sqlite_Tests(SqliteAppFixture fixture) : HumanitarianAddressApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class HumanitarianAddressApi_MySql_Tests(MySqlAppFixture fixture) : HumanitarianAddressApi_Tests<MySqlAppFixture>(fixture);
