using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>Invalid input gets ABP's error body, naming each field as the client spells it, in the request's language.</summary>
public abstract class Validation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string TenantsUrl = "/api/multi-tenancy/tenants";

    private static object TenantInput(string? adminEmailAddress, string level = "Province") => new
    {
        name = TenantTestData.UniqueName(),
        displayName = "Tỉnh thử nghiệm",
        level,
        adminEmailAddress,
        adminPassword = TestTenant.AdminPassword,
    };

    [Fact]
    public async Task Should_answer_a_400_with_the_abp_error_body()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);

        var response = await host.PostAsync(TenantsUrl, TenantInput(adminEmailAddress: null));
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var error = JsonNode.Parse(text)!["error"]!.AsObject();
        error.Select(p => p.Key).ShouldBe(["code", "message", "details", "validationErrors"], ignoreOrder: true);
        error["message"]!.GetValue<string>().ShouldBe("Dữ liệu gửi lên không hợp lệ.");
        var validationError = error["validationErrors"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        validationError.Select(p => p.Key).ShouldBe(["message", "members"], ignoreOrder: true);
        validationError["members"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["adminEmailAddress"]);
        validationError["message"]!.GetValue<string>().ShouldContain("adminEmailAddress");
    }

    [Fact]
    public async Task Should_answer_in_vietnamese_by_default_and_in_english_when_asked()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);

        var vietnamese = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, TenantInput(adminEmailAddress: null), HttpStatusCode.BadRequest);
        var english = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl + "?culture=en", TenantInput(adminEmailAddress: null), HttpStatusCode.BadRequest);

        vietnamese!["error"]!["message"]!.GetValue<string>().ShouldBe("Dữ liệu gửi lên không hợp lệ.");
        vietnamese["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("Trường adminEmailAddress là bắt buộc.");
        english!["error"]!["message"]!.GetValue<string>().ShouldBe("Your request is not valid.");
        english["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("The adminEmailAddress field is required.");

        // Other errors follow the culture too.
        var notFound = await host.SendExpectingAsync(HttpMethod.Get, $"{TenantsUrl}/{Guid.NewGuid()}?culture=en", null, HttpStatusCode.NotFound);
        notFound!["error"]!["message"]!.GetValue<string>().ShouldStartWith("The requested record was not found");
        using var anonymous = fixture.Anonymous();
        var unauthorized = await anonymous.SendExpectingAsync(HttpMethod.Get, TenantsUrl, null, HttpStatusCode.Unauthorized);
        unauthorized!["error"]!["message"]!.GetValue<string>().ShouldBe("Bạn cần đăng nhập để thực hiện thao tác này.");
    }

    [Fact]
    public async Task Should_refuse_more_than_1000_results_per_page()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

        foreach (var url in new[] { "/api/identity/users", "/api/identity/roles", TenantsUrl })
        {
            using var client = url == TenantsUrl ? await TestData.SignInHostAdminAsync(fixture) : null;
            var caller = client ?? admin;
            var body = await caller.SendExpectingAsync(HttpMethod.Get, url + "?maxResultCount=1001", null, HttpStatusCode.BadRequest);
            TenantTestData.ValidationMembers(body).ShouldBe(["maxResultCount"], url);
            await caller.SendExpectingAsync(HttpMethod.Get, url + "?maxResultCount=1000", null, HttpStatusCode.OK);
        }
        var negative = await admin.SendExpectingAsync(HttpMethod.Get, "/api/identity/users?skipCount=-1", null, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(negative).ShouldBe(["skipCount"]);
        var notANumber = await admin.SendExpectingAsync(HttpMethod.Get, "/api/identity/users?maxResultCount=many", null, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(notANumber).ShouldBe(["maxResultCount"]);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_enum_value_naming_the_field()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);

        var body = await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, TenantInput("admin@example.org", level: "Planet"), HttpStatusCode.BadRequest);

        TenantTestData.ValidationMembers(body).ShouldBe(["level"]);
        body!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("level");
        // A number is not a member name either.
        var numeric = new JsonObject
        {
            ["name"] = TenantTestData.UniqueName(), ["displayName"] = "Hành tinh", ["level"] = 7,
            ["adminEmailAddress"] = "admin@example.org", ["adminPassword"] = TestTenant.AdminPassword,
        };
        TenantTestData.ValidationMembers(await host.SendExpectingAsync(HttpMethod.Post, TenantsUrl, numeric, HttpStatusCode.BadRequest))
            .ShouldBe(["level"]);
    }

    [Fact]
    public async Task Should_refuse_text_longer_than_its_maximum_length()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);

        var body = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName = TenantTestData.UniqueName("u"),
            name = new string('a', 65),
            email = "a@example.org",
            password = TestTenant.AdminPassword,
        }, HttpStatusCode.BadRequest);

        TenantTestData.ValidationMembers(body).ShouldBe(["name"]);
    }

    [Fact]
    public async Task Should_refuse_a_malformed_body()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);

        var response = await host.SendAsync(HttpMethod.Post, TenantsUrl, null,
            r => r.Content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ReadErrorAsync(response))["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }
}

[Collection(Collections.Sqlite)]
public sealed class Validation_Sqlite_Tests(SqliteAppFixture fixture) : Validation_Tests<SqliteAppFixture>(fixture);

/// <summary>What Identity refuses (a role name taken, a weak password) is reported on the field the client sent.</summary>
public abstract class IdentityRefusals_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_name_the_field_that_identity_refuses()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var roleName = TenantTestData.UniqueName("role");
        await TestData.CreateRoleAsync(admin, roleName);

        var duplicateRole = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/roles", new { name = roleName }, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(duplicateRole).ShouldBe(["name"]);

        var weakPassword = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName = TenantTestData.UniqueName("u"),
            email = "weak@example.org",
            password = "aaaaaaaaaaaaaaaa",
        }, HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(weakPassword).Distinct().ShouldBe(["password"]);
    }
}

[Collection(Collections.Sqlite)]
public sealed class IdentityRefusals_Sqlite_Tests(SqliteAppFixture fixture) : IdentityRefusals_Tests<SqliteAppFixture>(fixture);

// On both databases: a role name is unique per tenant on its normalised form.
[Collection(Collections.MySql)]
public sealed class IdentityRefusals_MySql_Tests(MySqlAppFixture fixture) : IdentityRefusals_Tests<MySqlAppFixture>(fixture);
