using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Humanitarian.Web.Tests;

/// <summary>Every resource's texts in the culture asked for, as ABP's clients load them before sign-in.</summary>
public abstract partial class ApplicationLocalization_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Theory]
    [InlineData("vi", "vi-VN", "Đăng nhập")]
    [InlineData("en", "en", "Sign in")]
    public async Task Should_send_every_modules_texts_in_the_culture_asked_for(string cultureName, string expectedCulture, string signIn)
    {
        using var anonymous = fixture.Anonymous();

        var answer = await anonymous.GetJsonAsync<JsonObject>($"/api/abp/application-localization?cultureName={cultureName}");

        answer["currentCulture"]!["cultureName"]!.GetValue<string>().ShouldBe(expectedCulture);
        var resources = answer["resources"]!.AsObject();
        new[] { "AbpFramework", "Humanitarian", "Organization", "Campaigns", "Beneficiaries", "Fundraising" }
            .Except(resources.Select(r => r.Key)).ShouldBeEmpty();
        resources["Humanitarian"]!["texts"]!["Login:Title"]!.GetValue<string>().ShouldBe(signIn);
        resources["Organization"]!["texts"]!.AsObject().Count.ShouldBeGreaterThan(50);
        resources["Humanitarian"]!["baseResources"]!.AsArray().ShouldBeEmpty();
    }

    /// <summary>
    /// ABP's unchanged Angular modules show these texts: every key they use (listed from the packages by
    /// etc/abp-localization-keys.mjs) has a Vietnamese text that is not the key nor the English text the lookup
    /// falls back to, an English one, and the placeholders the key and the other language have.
    /// </summary>
    [Fact]
    public async Task Should_have_vietnamese_and_english_texts_for_every_key_of_abps_angular_modules()
    {
        var keys = File.ReadAllLines(Path.Combine(BuildLayout.Find().RepositoryRoot, "etc", "abp-localization-keys.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        keys.ShouldContain("AbpIdentity::UserName");
        keys.ShouldContain("AbpUi::AreYouSure");
        keys.ShouldContain("AbpValidation::ThisFieldMustBeBetween{0}And{1}");
        using var anonymous = fixture.Anonymous();
        // A key without a resource ("::Menu:Home") is the default resource's, as ABP's client reads it.
        var defaultResource = (await anonymous.GetJsonAsync<JsonObject>("/api/abp/application-configuration"))
            ["localization"]!["defaultResourceName"]!.GetValue<string>();
        var vi = (await anonymous.GetJsonAsync<JsonObject>("/api/abp/application-localization?cultureName=vi"))["resources"]!;
        var en = (await anonymous.GetJsonAsync<JsonObject>("/api/abp/application-localization?cultureName=en"))["resources"]!;

        var problems = new List<string>();
        foreach (var fullKey in keys)
        {
            var (resource, key) = (fullKey[..fullKey.IndexOf("::", StringComparison.Ordinal)], fullKey[(fullKey.IndexOf("::", StringComparison.Ordinal) + 2)..]);
            resource = resource.Length == 0 ? defaultResource : resource;
            var viText = vi[resource]?["texts"]?[key]?.GetValue<string>();
            var enText = en[resource]?["texts"]?[key]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(viText) || string.IsNullOrWhiteSpace(enText))
            {
                problems.Add($"{fullKey}: vi \"{viText}\", en \"{enText}\"");
                continue;
            }
            if (viText == key || viText == enText)
            {
                problems.Add($"{fullKey}: the Vietnamese text is \"{viText}\"");
            }
            var placeholders = Placeholders(key).Concat(Placeholders(viText)).Concat(Placeholders(enText)).ToHashSet();
            if (!placeholders.SetEquals(Placeholders(viText)) || !placeholders.SetEquals(Placeholders(enText)))
            {
                problems.Add($"{fullKey}: placeholders differ: vi \"{viText}\", en \"{enText}\"");
            }
        }

        problems.ShouldBeEmpty();
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public async Task Should_send_no_resource_when_only_dynamic_ones_are_asked_for()
    {
        using var anonymous = fixture.Anonymous();

        var answer = await anonymous.GetJsonAsync<JsonObject>("/api/abp/application-localization?cultureName=vi&onlyDynamics=true");

        answer["resources"]!.AsObject().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_culture_the_app_does_not_offer_naming_the_field()
    {
        using var anonymous = fixture.Anonymous();

        var error = await anonymous.SendExpectingAsync(HttpMethod.Get, "/api/abp/application-localization?cultureName=fr", null, HttpStatusCode.BadRequest);

        error!["error"]!["validationErrors"]![0]!["members"]![0]!.GetValue<string>().ShouldBe("cultureName");
        error["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("\"fr\"");
    }
}

[Collection(Collections.Sqlite)]
public sealed class ApplicationLocalization_Sqlite_Tests(SqliteAppFixture fixture) : ApplicationLocalization_Tests<SqliteAppFixture>(fixture);
