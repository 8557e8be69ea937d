using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>The sponsorship floor a province sets for itself: above the national one, applied at once, and undone.</summary>
public abstract class SponsorshipSettings_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/sponsorship-settings";

    [Fact]
    public async Task Should_let_a_tenant_raise_the_floor_but_not_lower_it_apply_it_to_new_sponsorships_and_go_back()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var address = await CreateAddressAsync(admin, "Hồ Thị Ka");
        var inherited = await admin.GetJsonAsync<JsonObject>(Url);
        (inherited["minimumMonthlyValue"]!.GetValue<long>(), inherited["isInherited"]!.GetValue<bool>(),
            inherited["nationalMinimumMonthlyValue"]!.GetValue<long>()).ShouldBe((300_000, true, 300_000));

        var lower = await admin.SendExpectingAsync(HttpMethod.Put, Url, new { minimumMonthlyValue = 250_000 }, HttpStatusCode.BadRequest);
        ValidationMembers(lower).ShouldBe(["minimumMonthlyValue"]);
        lower!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>()
            .ShouldBe("Mức hỗ trợ tối thiểu của địa phương không được thấp hơn mức toàn quốc (300.000\u00A0₫).");
        ValidationMembers(await admin.SendExpectingAsync(HttpMethod.Put, Url, new { }, HttpStatusCode.BadRequest)).ShouldBe(["minimumMonthlyValue"]);

        await admin.SendExpectingAsync(HttpMethod.Put, Url, new { minimumMonthlyValue = 500_000 }, HttpStatusCode.OK);

        var own = await admin.GetJsonAsync<JsonObject>(Url);
        (own["minimumMonthlyValue"]!.GetValue<long>(), own["isInherited"]!.GetValue<bool>()).ShouldBe((500_000, false));
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/sponsorship", Sponsorship(address, 400_000), HttpStatusCode.BadRequest);

        await admin.SendExpectingAsync(HttpMethod.Delete, Url, null, HttpStatusCode.OK);

        (await admin.GetJsonAsync<JsonObject>(Url))["isInherited"]!.GetValue<bool>().ShouldBeTrue();
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/sponsorship", Sponsorship(address, 400_000), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_show_the_host_the_national_floor_which_it_cannot_reset()
    {
        using var host = await fixture.SignInAsync(null, "admin");

        var national = await host.GetJsonAsync<JsonObject>(Url);

        (national["minimumMonthlyValue"]!.GetValue<long>(), national["nationalMinimumMonthlyValue"]).ShouldBe((300_000, null));
        await host.SendExpectingAsync(HttpMethod.Delete, Url, null, HttpStatusCode.BadRequest);
    }

    private static object Sponsorship(Guid address, long monthlyValue) => new
    {
        humanitarianAddressId = address, sponsorKind = "Other", sponsorName = "Công ty Hòa Bình", kind = "Cash", monthlyValue, startDate = "2025-01-01",
    };
}

[Collection(Collections.Sqlite)]
public sealed class SponsorshipSettings_Sqlite_Tests(SqliteAppFixture fixture) : SponsorshipSettings_Tests<SqliteAppFixture>(fixture);

// On both databases: the tenant's value stored, read back and removed.
[Collection(Collections.MySql)]
public sealed class SponsorshipSettings_MySql_Tests(MySqlAppFixture fixture) : SponsorshipSettings_Tests<MySqlAppFixture>(fixture);
