using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The application configuration in ABP's field names, as ABP's own clients (its Angular packages) read them
/// at start: culture, settings visible to clients (never a secret), features, clock, time zone, extensions.
/// </summary>
public abstract class ApplicationConfiguration_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    [Fact]
    public async Task Should_answer_in_abps_shape_with_the_tenants_visible_settings_and_no_secret()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

        var config = await admin.GetJsonAsync<JsonObject>("/api/abp/application-configuration");

        config["currentUser"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain("admin");
        // ABP's send-test-email dialog fills in the user's own address from here.
        var profile = await admin.GetJsonAsync<JsonObject>("/api/account/my-profile");
        config["currentUser"]!["email"]!.GetValue<string>().ShouldBe(profile["email"]!.GetValue<string>());
        var sessions = await admin.GetJsonAsync<JsonObject>("/api/account/sessions");
        config["currentUser"]!["sessionId"]!.GetValue<string>()
            .ShouldBe(sessions["items"]!.AsArray().Single(i => i!["isCurrent"]!.GetValue<bool>())!["id"]!.GetValue<string>());
        var culture = config["localization"]!["currentCulture"]!;
        culture["cultureName"]!.GetValue<string>().ShouldBe("vi-VN");
        culture["twoLetterIsoLanguageName"]!.GetValue<string>().ShouldBe("vi");
        var settings = config["setting"]!["values"]!.AsObject();
        settings["Humanitarian.Beneficiaries.MinimumMonthlyValue"]!.GetValue<string>().ShouldBe("300000");
        // Officials are invited, never self-registered: ABP's login page shows no register link.
        settings["Abp.Account.IsSelfRegistrationEnabled"]!.GetValue<string>().ShouldBe("false");
        settings.Select(s => s.Key).ShouldNotContain(k => k.Contains("Password", StringComparison.OrdinalIgnoreCase) || k.Contains("Smtp", StringComparison.Ordinal));
        config["features"]!["values"]!["SettingManagement.Enable"]!.GetValue<string>().ShouldBe("true");
        config["clock"]!["kind"]!.GetValue<string>().ShouldBe("Utc");
        config["timing"]!["timeZone"]!["iana"]!["timeZoneName"]!.GetValue<string>().ShouldBe("Asia/Ho_Chi_Minh");
        config["objectExtensions"]!["modules"]!.AsObject().ShouldBeEmpty();
        config["objectExtensions"]!["enums"]!.AsObject().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_give_an_anonymous_caller_the_english_culture_it_asked_for()
    {
        using var anonymous = fixture.Anonymous();

        var config = await anonymous.GetJsonAsync<JsonObject>("/api/abp/application-configuration?culture=en");

        config["currentUser"]!["isAuthenticated"]!.GetValue<bool>().ShouldBeFalse();
        config["localization"]!["currentCulture"]!["cultureName"]!.GetValue<string>().ShouldBe("en");
    }
}

[Collection(Collections.Sqlite)]
public sealed class ApplicationConfiguration_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : ApplicationConfiguration_Tests<SqliteAppFixture>(fixture, tenant);
