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
    public async Task Should_describe_remote_stream_content_as_a_multipart_upload_and_a_binary_download()
    {
        using var client = fixture.Anonymous();
        var document = (await client.SendExpectingAsync(HttpMethod.Get, "/openapi/v1.json", null, HttpStatusCode.OK))!;
        var binary = document["components"]!["schemas"]!["IRemoteStreamContent"]!;
        binary["type"]!.GetValue<string>().ShouldBe("string");
        binary["format"]!.GetValue<string>().ShouldBe("binary");

        var upload = document["paths"]!["/api/app/document/{id}/attachment"]!["post"]!["requestBody"]!["content"]!.AsObject();
        upload.Select(c => c.Key).ShouldBe(["multipart/form-data"]);
        upload["multipart/form-data"]!["schema"]!["properties"]!["file"]!["$ref"]!.GetValue<string>()
            .ShouldBe("#/components/schemas/IRemoteStreamContent");
        var download = document["paths"]!["/api/app/document/{id}/attachment/{attachmentId}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        download.Select(c => c.Key).ShouldBe(["application/octet-stream"]);
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
