using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>The donation list's search box: a receipt number written short or in full, a donor's or a restriction's name folded, one tenant's only.</summary>
public abstract class DonationSearch_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_find_gifts_by_receipt_number_donor_name_or_restriction()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var stranger = await NewTenantAdminAsync(fixture);
        var fund = await CreateFundAsync(admin);
        var today = VietnamToday();
        var anh = await CreateDonorAsync(admin, "Nguyễn Văn Ánh");
        var binh = await CreateDonorAsync(admin, "Trần Thị Bình");
        var first = (await DonateAsync(admin, fund, 1_000_000, today, anh))["id"]!.GetValue<Guid>();
        var second = (await DonateAsync(admin, fund, 2_000_000, today, binh, restriction: "Trẻ em xã Phước Hà"))["id"]!.GetValue<Guid>();
        var third = (await DonateAsync(admin, fund, 3_000_000, today, donor: null))["id"]!.GetValue<Guid>();
        var strangersFund = await CreateFundAsync(stranger);
        await DonateAsync(stranger, strangersFund, 9_000_000, today, await CreateDonorAsync(stranger, "Nguyễn Văn Ánh"), restriction: "Trẻ em xã Phước Hà");

        async Task<IEnumerable<Guid>> FindAsync(ApiClient client, string text) =>
            Ids((await client.GetJsonAsync<JsonObject>($"{DonationsUrl}?filter={Uri.EscapeDataString(text)}&maxResultCount=100"))["items"]).Order();

        (await FindAsync(admin, "NGUYEN VAN ANH")).ShouldBe([first]);
        (await FindAsync(admin, "phuoc ha")).ShouldBe([second]);
        (await FindAsync(admin, $"{today.Year}/3")).ShouldBe([third]);
        (await FindAsync(admin, $"{today.Year}/000002")).ShouldBe([second]);
        (await FindAsync(admin, "không ai có tên này")).ShouldBeEmpty();
        (await FindAsync(stranger, "NGUYEN VAN ANH")).Count().ShouldBe(1);
        (await FindAsync(stranger, $"{today.Year}/3")).ShouldBeEmpty();
    }
}

[Collection(Collections.Sqlite)]
public sealed class DonationSearch_Sqlite_Tests(SqliteAppFixture fixture) : DonationSearch_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class DonationSearch_MySql_Tests(MySqlAppFixture fixture) : DonationSearch_Tests<MySqlAppFixture>(fixture);
