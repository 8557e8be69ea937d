using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// The campaign "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" measured from real records:
/// addresses helped, addresses each committee member and department sponsors, facilities sponsored.
/// </summary>
public abstract class CampaignMetrics_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_measure_the_campaigns_beneficiary_targets_in_total_and_per_unit_from_sponsorships_and_deliveries()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var (youth, women) = (await CreateUnitAsync(admin, "DTN", "Đoàn Thanh niên"), await CreateUnitAsync(admin, "HPN", "Hội Phụ nữ"));
        var board = await CreateCommitteeAsync(admin, "Ban Chỉ đạo cuộc vận động", "SteeringCommittee");
        var member = await AddMemberAsync(admin, board, new { fullName = "Hà Thị Thu", position = "Member", termStart = "2024-01-01" });
        await AddMemberAsync(admin, board, new { fullName = "Lê Văn Cũ", position = "Member", termStart = "2020-01-01", termEnd = "2024-06-30" });
        var campaign = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign", new
        {
            name = "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo 2025", kind = "HumanitarianAddress",
            startDate = "2025-01-01", endDate = "2025-12-31", committeeId = board, participantUnitIds = new[] { youth, women },
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var helpedTarget = await CreateTargetAsync(admin, new { campaignId = campaign, name = "100% địa chỉ được giúp đỡ", metric = "AddressesHelpedPercent", goal = 100 });
        var perSponsor = await CreateTargetAsync(admin, new { campaignId = campaign, name = "Mỗi thành viên nhận ≥ 3 địa chỉ", metric = "AddressesSponsoredPerSponsor", goal = 3 });
        var facilities = await CreateTargetAsync(admin, new { campaignId = campaign, name = "Bảo trợ 1 cơ sở", metric = "FacilitiesSponsored", goal = 1 });

        var (first, second) = (await CreateSurveyedAsync(admin, "Lò Văn Páo", youth), await CreateSurveyedAsync(admin, "Vàng Thị Mỷ", youth));
        var third = await CreateAddressAsync(admin, "Giàng A Sử");
        await CreateAddressAsync(admin, "Sùng Thị Dợ", status: "Graduated");
        var centre = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address", new
        {
            kind = "Facility", name = "Trung tâm Bảo trợ xã hội Điện Biên", facilityKind = "CareCentre", capacity = 80, commune = "Xã Mường Phăng",
            surveyingUnitId = women,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        var helped = await SponsorAsync(admin, first, "Unit", youth, "2025-01-01");
        await SponsorAsync(admin, second, "Unit", youth, "2024-06-01", "2025-02-28");
        await SponsorAsync(admin, third, "CommitteeMember", member, "2025-03-01");
        await SponsorAsync(admin, centre, "Unit", women, "2025-01-01");
        await CreateSponsorshipAsync(admin, first, 300_000, new DateOnly(2025, 1, 1));
        await DeliverAsync(admin, helped, "2025-03-05");
        await DeliverAsync(admin, await SponsorAsync(admin, third, "Other", null, "2024-01-01", "2024-12-31"), "2024-12-20");

        var summary = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign/{campaign}/summary");

        var totals = summary["targets"]!.AsArray().ToDictionary(t => t!["id"]!.GetValue<Guid>(), t => t!["actual"]!.GetValue<decimal>());
        totals[helpedTarget].ShouldBe(25m, "1 of 4 addresses waiting for help got a delivery in 2025 (one given in 2024 does not count); a graduated one no longer waits");
        totals[perSponsor].ShouldBe(1m, "the women's union and the member each sponsor one address; a member whose term ended before 2025 is not counted");
        totals[facilities].ShouldBe(1m);
        var units = summary["units"]!.AsArray().ToDictionary(u => u!["unitId"]!.GetValue<Guid>(), u => u!);
        (Part(units[youth], helpedTarget), Part(units[women], helpedTarget)).ShouldBe((50m, 0m), "of the addresses each surveyed");
        (Part(units[youth], perSponsor), Part(units[women], perSponsor)).ShouldBe((2m, 1m), "a sponsorship ended in February still ran in the period");
        (Part(units[youth], facilities), Part(units[women], facilities)).ShouldBe((0m, 1m));
    }

    private static decimal? Part(JsonNode unit, Guid targetId) =>
        unit["targets"]!.AsArray().Single(t => t!["targetId"]!.GetValue<Guid>() == targetId)!["value"]?.GetValue<decimal>();

    private static async Task<Guid> CreateSurveyedAsync(ApiClient admin, string fullName, Guid unit) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address",
            new { fullName, birthYear = 1950, commune = "Xã Mường Phăng", surveyingUnitId = unit }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task<Guid> CreateTargetAsync(ApiClient admin, object target) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target", target, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task<Guid> SponsorAsync(ApiClient admin, Guid address, string sponsorKind, Guid? sponsorId, string startDate,
        string? endDate = null) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/sponsorship", new
        {
            humanitarianAddressId = address, sponsorKind, sponsorId, sponsorName = sponsorId is null ? "Công ty Thành Đạt" : null, kind = "Cash",
            monthlyValue = 500_000, startDate, endDate,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task DeliverAsync(ApiClient admin, Guid sponsorship, string date) =>
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/support-delivery",
            new { sponsorshipId = sponsorship, date, kind = "Cash", value = 500_000 }, HttpStatusCode.OK);
}

[Collection(Collections.Sqlite)]
public sealed class CampaignMetrics_Sqlite_Tests(SqliteAppFixture fixture) : CampaignMetrics_Tests<SqliteAppFixture>(fixture);

// On both databases: the grouped counts with a correlated subquery, and distinct sponsor–address pairs.
[Collection(Collections.MySql)]
public sealed class CampaignMetrics_MySql_Tests(MySqlAppFixture fixture) : CampaignMetrics_Tests<MySqlAppFixture>(fixture);
