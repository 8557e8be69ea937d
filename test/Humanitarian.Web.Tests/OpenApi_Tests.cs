using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>The API describes itself: the OpenAPI document names the ABP-style routes and their schemas.</summary>
public abstract class OpenApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_describe_the_module_and_host_routes_in_the_openapi_document()
    {
        using var client = fixture.Anonymous();
        var document = (await client.SendExpectingAsync(HttpMethod.Get, "/openapi/v1.json", null, HttpStatusCode.OK))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/multi-tenancy/tenants");
        paths.ShouldContain("/api/identity/users/{id}");
        paths.ShouldContain("/api/app/unit");
        paths.ShouldContain("/api/app/unit/{id}/contact");
        document["paths"]!["/api/app/unit"]!["post"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_serve_the_api_reference_page()
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync("/scalar/v1");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }
}

[Collection(Collections.Sqlite)]
public sealed class OpenApi_Sqlite_Tests(SqliteAppFixture fixture) : OpenApi_Tests<SqliteAppFixture>(fixture);
