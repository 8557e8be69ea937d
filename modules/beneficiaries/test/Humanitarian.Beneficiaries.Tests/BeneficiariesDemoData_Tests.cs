using System.Text.Json.Nodes;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// The demo tenants show the module to a newcomer: Quảng Trị's addresses of source 001 measured against
/// its campaign's targets, Ninh Thuận's children of source 003 in the public needs catalogue, and Bảo Lộc's
/// few hundred invented addresses with their 2024 sponsorships and planted duplicates.
/// </summary>
public abstract class BeneficiariesDemoData_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_measure_quang_tris_campaign_targets_on_its_demo_addresses()
    {
        using var admin = await fixture.SignInAsync("quang-tri", "admin");
        var campaign = (await admin.GetJsonAsync<JsonObject>("/api/app/campaign"))["items"]!.AsArray().ShouldHaveSingleItem()!;

        var summary = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign["id"]}/summary");

        var actual = summary["targets"]!.AsArray().ToDictionary(t => t!["metric"]!.GetValue<string>(), t => t!["actual"]!.GetValue<decimal>());
        actual["AddressesHelpedPercent"].ShouldBe(76.5m, "13 of the 17 addresses surveyed by 2021 got a delivery in 2019–2021");
        actual["FacilitiesSponsored"].ShouldBe(1m);
        actual["AddressesSponsoredPerSponsor"].ShouldBe(0m, "most departments and members have not registered an address yet");
        var health = summary["units"]!.AsArray().Single(u => u!["unitName"]!.GetValue<string>() == "Sở Y tế tỉnh Quảng Trị")!;
        var perSponsor = TargetId(summary, "AddressesSponsoredPerSponsor");
        health["targets"]!.AsArray().Single(t => t!["targetId"]!.GetValue<Guid>() == perSponsor)!["value"]!.GetValue<decimal>().ShouldBe(3m, "the health department sponsors three addresses, as its report says");
        var behind = await admin.GetJsonAsync<JsonObject>("/api/app/sponsorship?isBehind=true&maxResultCount=100");
        behind["items"]!.AsArray().Select(s => s!["humanitarianAddressName"]!.GetValue<string>()).ShouldContain("Trần Thị Lài");
    }

    [Fact]
    public async Task Should_follow_quang_tris_yearly_surveys_through_the_campaigns_tasks()
    {
        using var admin = await fixture.SignInAsync("quang-tri", "admin");

        var rounds = (await admin.GetJsonAsync<JsonObject>("/api/app/survey-round"))["items"]!.AsArray();

        rounds.Select(r => (r!["year"]!.GetValue<int>(), r["unitCount"]!.GetValue<int>(), r["submittedCount"]!.GetValue<int>(), r["overdueCount"]!.GetValue<int>()))
            .ShouldBe([(2021, 2, 1, 1), (2020, 5, 3, 2)], "in 2020 Gio Linh sent nothing and one dossier was returned for completion");
        var round2020 = await admin.GetJsonAsync<JsonObject>($"/api/app/survey-round/{rounds[1]!["id"]}");
        var late = round2020["units"]!.AsArray().Where(u => !u!["hasSubmitted"]!.GetValue<bool>())
            .Select(u => (u!["unitName"]!.GetValue<string>(), u["taskStatus"]!.GetValue<string>(), u["isOverdue"]!.GetValue<bool>()));
        late.ShouldBe([("Hội Chữ thập đỏ huyện Gio Linh", "Open", true), ("Hội Chữ thập đỏ huyện Hướng Hóa", "Returned", true)], ignoreOrder: true);
        round2020["addressesSurveyed"]!.GetValue<long>().ShouldBe(1, "one address of 2019–2020 was surveyed for that round");
    }

    [Fact]
    public async Task Should_publish_ninh_thuans_children_waiting_for_a_sponsor_and_no_one_else()
    {
        using var anonymous = fixture.Anonymous();

        var needs = await anonymous.GetJsonAsync<JsonObject>("/api/public/needs/ninh-thuan");

        needs["totalCount"]!.GetValue<long>().ShouldBe(5, "two of the seven children are sponsored today or not consented to publication");
        needs["items"]!.AsArray().Select(i => i!["category"]!.GetValue<string>()).Distinct().ShouldBe(["DisadvantagedChild", "Orphan"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_seed_bao_locs_addresses_with_sponsorships_behind_and_planted_duplicates()
    {
        using var admin = await fixture.SignInAsync("bao-loc", "admin");

        (await TotalAsync(admin, "/api/app/humanitarian-address?maxResultCount=1")).ShouldBe(220, "20 in each of the 11 wards and communes");
        (await TotalAsync(admin, "/api/app/humanitarian-address?kind=Facility&maxResultCount=1")).ShouldBe(1, "one charity home");
        (await TotalAsync(admin, "/api/app/sponsorship?maxResultCount=1")).ShouldBe(129, "128 people and the charity home");
        // Every 2024 commitment ends on 2024-12-31 at the latest: the ten short of deliveries stay behind whatever today is.
        (await TotalAsync(admin, "/api/app/sponsorship?isBehind=true&maxResultCount=1")).ShouldBe(10);
        var duplicates = await admin.GetJsonAsync<JsonObject>("/api/app/humanitarian-address?duplicatesOnly=true&maxResultCount=100");
        duplicates["items"]!.AsArray().Select(a => a!["fullName"]!.GetValue<string>()).ShouldBe(
            ["Nguyễn Thị Lan", "NGUYEN THI LAN", "Đỗ Văn Đức", "Do Van Duc", "Trần Thị Hạnh", "tran thi  hanh"], ignoreOrder: true,
            "the three planted pairs and no chance match");
    }

    private static async Task<long> TotalAsync(ApiClient client, string url) =>
        (await client.GetJsonAsync<JsonObject>(url))["totalCount"]!.GetValue<long>();

    private static Guid TargetId(JsonObject summary, string metric) =>
        summary["targets"]!.AsArray().Single(t => t!["metric"]!.GetValue<string>() == metric)!["id"]!.GetValue<Guid>();
}

[Collection(Collections.Sqlite)]
public sealed class BeneficiariesDemoData_Sqlite_Tests(SqliteAppFixture fixture) : BeneficiariesDemoData_Tests<SqliteAppFixture>(fixture);

// On both databases: the seeded dates and sums the targets are measured on.
[Collection(Collections.MySql)]
public sealed class BeneficiariesDemoData_MySql_Tests(MySqlAppFixture fixture) : BeneficiariesDemoData_Tests<MySqlAppFixture>(fixture);
