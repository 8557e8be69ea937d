using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>Every resource's texts in the culture asked for, as ABP's clients load them before sign-in.</summary>
public abstract class ApplicationLocalization_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
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
