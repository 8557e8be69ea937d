using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>Sponsorships through the API: the floor, the sponsor named from its record, overlap, what may be sponsored.</summary>
public abstract class SponsorshipApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/sponsorship";

    [Fact]
    public async Task Should_refuse_a_monthly_value_below_the_floor_in_vietnamese_write_nothing_and_honour_the_tenants_own_floor()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var address = await CreateAddressAsync(admin, "Trần Thị Bé");

        var error = await admin.SendExpectingAsync(HttpMethod.Post, Url, Sponsorship(address, 250_000), HttpStatusCode.BadRequest);

        ValidationMembers(error).ShouldBe(["monthlyValue"]);
        error!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("Mức hỗ trợ hằng tháng phải từ 300.000\u00A0₫ trở lên.");
        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/humanitarian-address/{address}"))["status"]!.GetValue<string>().ShouldBe("Surveyed");

        using (var scope = fixture.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISettingManager>().SetAsync(BeneficiariesSettingNames.MinimumMonthlyValue, "500000", tenant.Id);
            await scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>().SaveChangesAsync();
        }
        var higher = await admin.SendExpectingAsync(HttpMethod.Post, Url, Sponsorship(address, 400_000), HttpStatusCode.BadRequest);
        higher!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("500.000\u00A0₫");
        await admin.SendExpectingAsync(HttpMethod.Post, Url, Sponsorship(address, 500_000), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_name_a_unit_member_or_donor_sponsor_from_its_record_and_mark_the_address_supported()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var address = await CreateAddressAsync(admin, "Lò Văn Páo");
        var unit = await CreateUnitAsync(admin, "BTG", "Ban Tuyên giáo Tỉnh ủy");
        var board = await CreateCommitteeAsync(admin, "Ban Vận động Quỹ");
        var member = await AddMemberAsync(admin, board, new { fullName = "Hà Thị Thu", position = "Member", termStart = "2024-01-01" });

        var byUnit = await CreateAsync(admin, new
        {
            humanitarianAddressId = address, sponsorKind = "Unit", sponsorId = unit, sponsorName = "Ban Tuyen giao (typed)", kind = "Cash",
            monthlyValue = 300_000, startDate = "2026-01-01", needs = new[] { "Scholarship" },
        });
        var byMember = await CreateAsync(admin, new
        {
            humanitarianAddressId = address, sponsorKind = "CommitteeMember", sponsorId = member, kind = "Goods", monthlyValue = 350_000, startDate = "2026-02-01",
        });
        var donor = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/donor", new { name = "Công ty TNHH Nước sạch Điện Biên", kind = "Business" },
            HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var byDonor = await CreateAsync(admin, new
        {
            humanitarianAddressId = address, sponsorKind = "Donor", sponsorId = donor, kind = "Cash", monthlyValue = 500_000, startDate = "2026-02-01",
        });

        byUnit["sponsorName"]!.GetValue<string>().ShouldBe("Ban Tuyên giáo Tỉnh ủy");
        byMember["sponsorName"]!.GetValue<string>().ShouldBe("Hà Thị Thu");
        byMember["humanitarianAddressName"]!.GetValue<string>().ShouldBe("Lò Văn Páo");
        byDonor["sponsorName"]!.GetValue<string>().ShouldBe("Công ty TNHH Nước sạch Điện Biên");
        (await admin.GetJsonAsync<JsonObject>($"/api/app/humanitarian-address/{address}"))["status"]!.GetValue<string>().ShouldBe("Supported");
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?sponsorId={member}"))["items"]).ShouldBe([byMember["id"]!.GetValue<Guid>()]);
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?filter=tuyen giao"))["items"]).ShouldBe([byUnit["id"]!.GetValue<Guid>()]);

        foreach (var (body, member_) in new (object, string)[]
                 {
                     (new { humanitarianAddressId = address, sponsorKind = "Unit", sponsorId = Guid.NewGuid(), monthlyValue = 300_000, startDate = "2026-01-01" }, "sponsorId"),
                     (new { humanitarianAddressId = address, sponsorKind = "Unit", monthlyValue = 300_000, startDate = "2026-01-01" }, "sponsorId"),
                     (new { humanitarianAddressId = address, sponsorKind = "Donor", sponsorId = Guid.NewGuid(), monthlyValue = 300_000, startDate = "2026-01-01" }, "sponsorId"),
                     (new { humanitarianAddressId = address, sponsorKind = "Other", sponsorName = " ", monthlyValue = 300_000, startDate = "2026-01-01" }, "sponsorName"),
                     (new { humanitarianAddressId = address, sponsorKind = "Other", sponsorName = "Bà Lan", monthlyValue = 300_000, startDate = "2026-03-01", endDate = "2026-02-01" }, "endDate"),
                 })
        {
            ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url, body, HttpStatusCode.BadRequest)).ShouldBe([member_]);
        }
        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(3);
    }

    [Fact]
    public async Task Should_flag_two_sponsors_covering_a_same_need_of_one_address_and_list_them()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var address = await CreateAddressAsync(admin, "Nguyễn Thị Mơ");
        var other = await CreateAddressAsync(admin, "Phan Văn Tý");
        var food = await CreateAsync(admin, Sponsorship(address, 300_000, "Chi hội Phụ nữ thôn 3", ["Food"]));
        var foodAndBooks = await CreateAsync(admin, Sponsorship(address, 300_000, "Công ty Cổ phần Hoàng Long", ["Food", "Books"]));
        var scholarship = await CreateAsync(admin, Sponsorship(address, 300_000, "Ông Trần Văn Hải", ["Scholarship"]));
        await CreateAsync(admin, Sponsorship(other, 300_000, "Chi hội Phụ nữ thôn 3", ["Food"]));

        (await admin.GetJsonAsync<JsonObject>($"{Url}/{food["id"]}"))["overlapsWith"]!.AsArray().Select(i => i!.GetValue<Guid>())
            .ShouldBe([foodAndBooks["id"]!.GetValue<Guid>()]);
        scholarship["overlapsWith"]!.AsArray().ShouldBeEmpty();
        Ids((await admin.GetJsonAsync<JsonObject>($"{Url}?overlapping=true"))["items"]).Order()
            .ShouldBe(new[] { food["id"]!.GetValue<Guid>(), foodAndBooks["id"]!.GetValue<Guid>() }.Order());
        (await admin.GetJsonAsync<JsonObject>($"{Url}?overlapping=false"))["totalCount"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_an_address_that_graduated_or_is_another_tenants_and_keep_its_sponsorships_from_other_tenants()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var graduated = await CreateAddressAsync(admin, "Vàng Thị Dua", status: "Graduated");
        var address = await CreateAddressAsync(admin, "Vàng A Sử");
        var id = (await CreateAsync(admin, Sponsorship(address, 300_000)))["id"]!.GetValue<Guid>();

        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Post, Url, Sponsorship(graduated, 300_000), HttpStatusCode.BadRequest))
            .ShouldBe(["humanitarianAddressId"]);
        ValidationMembers(await stranger.SendExpectingAsync(HttpMethod.Post, Url, Sponsorship(address, 300_000), HttpStatusCode.BadRequest))
            .ShouldBe(["humanitarianAddressId"]);
        await stranger.SendExpectingAsync(HttpMethod.Get, $"{Url}/{id}", null, HttpStatusCode.NotFound);
        await stranger.SendExpectingAsync(HttpMethod.Put, $"{Url}/{id}", new { kind = "Cash", monthlyValue = 900_000, startDate = "2026-01-01" }, HttpStatusCode.NotFound);
        await stranger.SendExpectingAsync(HttpMethod.Delete, $"{Url}/{id}", null, HttpStatusCode.NotFound);
        (await stranger.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await admin.GetJsonAsync<JsonObject>($"{Url}/{id}"))["monthlyValue"]!.GetValue<long>().ShouldBe(300_000);
    }

    [Fact]
    public async Task Should_export_the_filtered_sponsorships_with_what_was_delivered()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var today = VietnamToday();
        var current = await CreateSponsorshipAsync(admin, await CreateAddressAsync(admin, "Lò Văn Páo"), 300_000, today);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/support-delivery",
            new { sponsorshipId = current, date = today.ToString("yyyy-MM-dd"), kind = "Cash", value = 300_000 }, HttpStatusCode.OK);
        await CreateSponsorshipAsync(admin, await CreateAddressAsync(admin, "Giàng Thị Mỷ"), 400_000, today.AddMonths(-6), today.AddMonths(-3));

        var rows = await DownloadAsync(admin, $"{Url}/export-excel?isActive=true");

        rows.Count.ShouldBe(1);
        rows[0]["Địa chỉ nhân đạo"].ShouldBe("Lò Văn Páo");
        rows[0]["Tên người, tổ chức nhận đỡ đầu"].ShouldBe("Bà Nguyễn Thị Lan");
        Convert.ToInt64(rows[0]["Mức hỗ trợ hằng tháng"]).ShouldBe(300_000);
        Convert.ToInt64(rows[0]["Đã trao"]).ShouldBe(300_000);
        rows[0]["Chậm trao"].ShouldBe("Không");
        (await DownloadAsync(admin, $"{Url}/export-excel")).Count.ShouldBe(2);
    }

    private static object Sponsorship(Guid address, long monthlyValue, string sponsorName = "Công ty TNHH Minh Phát", string[]? needs = null) => new
    {
        humanitarianAddressId = address, sponsorKind = "Other", sponsorName, kind = "Cash", monthlyValue, startDate = "2026-01-01", needs = needs ?? [],
    };

    private static async Task<JsonObject> CreateAsync(ApiClient client, object sponsorship) =>
        (JsonObject)(await client.SendExpectingAsync(HttpMethod.Post, Url, sponsorship, HttpStatusCode.OK))!;
}

[Collection(Collections.Sqlite)]
public sealed class SponsorshipApi_Sqlite_Tests(SqliteAppFixture fixture) : SponsorshipApi_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class SponsorshipApi_MySql_Tests(MySqlAppFixture fixture) : SponsorshipApi_Tests<MySqlAppFixture>(fixture);
