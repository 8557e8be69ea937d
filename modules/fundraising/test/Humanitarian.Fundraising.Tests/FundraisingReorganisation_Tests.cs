using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// Funds in a province merger: the source's funds, donations and ledger stay its closed accounts, which the
/// heir reads but cannot add to; its donors and its pledges not yet fulfilled move to the heir.
/// </summary>
public abstract class FundraisingReorganisation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_keep_the_sources_accounts_readable_and_move_donors_and_open_pledges_to_the_heir()
    {
        var source = await CreateTenantAsync(fixture);
        var heir = await CreateTenantAsync(fixture);
        Guid fund, donor, donation, open, fulfilled;
        using (var sourceAdmin = await SignInAdminAsync(fixture, source))
        {
            fund = await CreateFundAsync(sourceAdmin, name: "Quỹ Bảo trợ trẻ em tỉnh Ninh Thuận");
            donor = await CreateDonorAsync(sourceAdmin, "Công ty Điện gió Phước Hữu", "Business", publishName: true);
            var today = VietnamToday().ToString("yyyy-MM-dd");
            open = (await sourceAdmin.SendExpectingAsync(HttpMethod.Post, "/api/app/pledge",
                new { fundId = fund, donorId = donor, amount = 20_000_000, dueDate = "2026-12-31" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
            fulfilled = (await sourceAdmin.SendExpectingAsync(HttpMethod.Post, "/api/app/pledge",
                new { fundId = fund, donorId = donor, amount = 5_000_000, dueDate = "2026-06-30" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
            donation = (await sourceAdmin.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
                new { fundId = fund, donorId = donor, pledgeId = fulfilled, date = today, amount = 5_000_000 }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        }
        using var host = await fixture.SignInAsync(null, "admin");

        var report = (await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{source.Id}/merge",
            new { successorId = heir.Id, effectiveDate = "2025-07-01" }, HttpStatusCode.OK))!;

        var lines = report["lines"]!.AsArray().Where(line => line!["module"]!.GetValue<string>() == "Vận động tài chính")
            .Select(line => (line!["moved"]!.GetValue<int>(), line["kept"]!.GetValue<int>())).ToList();
        lines.ShouldBe([(0, 1), (0, 1), (1, 0), (1, 1)], "funds, donations, donors, pledges");
        using var heirAdmin = await SignInAdminAsync(fixture, heir);
        (await BalanceAsync(heirAdmin, fund)).ShouldBe(5_000_000);
        (await heirAdmin.GetJsonAsync<JsonObject>($"{DonationsUrl}/{donation}"))["receiptNumber"]!.GetValue<string>().ShouldEndWith("/000001");
        var inherited = await heirAdmin.GetJsonAsync<JsonObject>(DonationsUrl);
        inherited["totalCount"]!.GetValue<long>().ShouldBe(1);
        inherited["items"]!.AsArray().Select(d => d!["id"]!.GetValue<Guid>()).ShouldBe([donation]);
        (await heirAdmin.GetJsonAsync<JsonObject>($"{DonorsUrl}/{donor}"))["name"]!.GetValue<string>().ShouldBe("Công ty Điện gió Phước Hữu");
        (await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/pledge/{open}"))["isOverdue"]!.GetValue<bool>().ShouldBeFalse();
        // The predecessor's books are closed: nothing more goes in or out of them.
        ValidationMembers(await heirAdmin.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
            new { fundId = fund, date = VietnamToday().ToString("yyyy-MM-dd"), amount = 1_000_000 }, HttpStatusCode.BadRequest)).ShouldBe(["fundId"]);
        ValidationMembers(await heirAdmin.SendExpectingAsync(HttpMethod.Post, DisbursementsUrl,
            new { fundId = fund, date = VietnamToday().ToString("yyyy-MM-dd"), amount = 1_000_000, purpose = "Chi" }, HttpStatusCode.BadRequest)).ShouldBe(["fundId"]);
        (await BalanceAsync(heirAdmin, fund)).ShouldBe(5_000_000);
    }
}

[Collection(Collections.Sqlite)]
public sealed class FundraisingReorganisation_Sqlite_Tests(SqliteAppFixture fixture) : FundraisingReorganisation_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class FundraisingReorganisation_MySql_Tests(MySqlAppFixture fixture) : FundraisingReorganisation_Tests<MySqlAppFixture>(fixture);
