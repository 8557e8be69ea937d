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
        var file = upload["multipart/form-data"]!["schema"]!["properties"]!["file"]!;
        file["type"]!.GetValue<string>().ShouldBe("string");
        file["format"]!.GetValue<string>().ShouldBe("binary");
        // A form of several fields is one object, so that generators see each of them (NSwag skips allOf).
        var import = document["paths"]!["/api/app/unit/import-excel"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        import["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["file", "mode", "dryRun"]);
        var download = document["paths"]!["/api/app/document/{id}/attachment/{attachmentId}"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        download.Select(c => c.Key).ShouldBe(["application/octet-stream"]);
    }

    [Fact]
    public async Task Should_name_every_operation_for_generated_clients_once()
    {
        var document = await DocumentAsync();

        var ids = Operations(document).Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();

        ids.ShouldAllBe(id => id != null && System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$"));
        ids.Distinct().Count().ShouldBe(ids.Count);
        document["paths"]!["/api/app/unit"]!["get"]!["operationId"]!.GetValue<string>().ShouldBe("Unit_GetList");
        document["paths"]!["/api/app/unit/{id}/contact"]!["post"]!["operationId"]!.GetValue<string>().ShouldBe("Unit_AddContact");
        document["paths"]!["/connect/token"]!["post"]!["summary"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_ask_for_a_bearer_token_where_sign_in_is_needed_and_for_the_tenant_elsewhere()
    {
        var document = await DocumentAsync();
        var bearer = document["components"]!["securitySchemes"]!["Bearer"]!;
        bearer["type"]!.GetValue<string>().ShouldBe("http");
        bearer["scheme"]!.GetValue<string>().ShouldBe("bearer");

        foreach (var (name, operation) in Operations(document))
        {
            var security = operation["security"].ShouldBeOfType<JsonArray>(name);
            var tenantHeader = (operation["parameters"] as JsonArray ?? []).Any(p => p!["name"]!.GetValue<string>() == "__tenant" && p["in"]!.GetValue<string>() == "header");
            tenantHeader.ShouldBe(security.Count == 0, name);
        }
        document["paths"]!["/api/app/unit"]!["get"]!["security"]![0]!["Bearer"].ShouldNotBeNull();
        document["paths"]!["/connect/token"]!["post"]!["security"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_describe_the_client_errors_with_abps_error_body()
    {
        var document = await DocumentAsync();
        const string errorBody = "#/components/schemas/RemoteServiceErrorResponse";

        // The OAuth endpoints answer errors in OAuth's own shape ({error, error_description}).
        foreach (var (name, operation) in Operations(document).Where(o => o.Name is not ("POST /connect/token" or "POST /connect/revocat")))
        {
            var errors = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')).ToList();
            errors.ShouldNotBeEmpty(name);
            errors.ShouldAllBe(r => r.Value!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>() == errorBody, name);
        }
        StatusCodes(document, "/api/app/unit/{id}", "put").ShouldBe(["200", "400", "401", "403", "404", "409"]);
        StatusCodes(document, "/api/app/unit", "get").ShouldBe(["200", "400", "401", "403"]);
        StatusCodes(document, "/connect/token", "post").ShouldContain("429");
        var error = document["components"]!["schemas"]!["RemoteServiceErrorInfo"]!;
        error["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["code", "message", "details", "validationErrors"]);
        document["components"]!["schemas"]!["RemoteServiceValidationErrorInfo"]!["required"]!.AsArray()
            .Select(m => m!.GetValue<string>()).ShouldBe(["message", "members"]);
    }

    [Fact]
    public async Task Should_describe_values_as_the_api_writes_them()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;

        var kind = schemas["UnitKind"]!;
        kind["type"]!.GetValue<string>().ShouldBe("string");
        kind["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("RedCrossChapter");
        // Numbers are JSON numbers only (not "integer | string"); JSON is application/json only.
        var text = document.ToJsonString();
        text.ShouldNotContain("\"string\",\"integer\"");
        text.ShouldNotContain("\"integer\",\"string\"");
        text.ShouldNotContain("\"text/plain\"");
        text.ShouldNotContain("\"text/json\"");
        schemas["PagedResultDtoOfUnitDto"]!["properties"]!["totalCount"]!["type"]!.GetValue<string>().ShouldBe("integer");
        var query = document["paths"]!["/api/app/unit"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        query.ShouldContain("skipCount");
        query.ShouldContain("maxResultCount");
    }

    [Fact]
    public async Task Should_mark_what_every_answer_carries_as_required()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;

        var unit = schemas["UnitDto"]!["required"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        unit.ShouldContain("id");
        unit.ShouldContain("code");
        unit.ShouldContain("concurrencyStamp");
        unit.ShouldNotContain("parentId");
        schemas["CreateUnitDto"]!["required"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldNotContain("isActive");
    }

    [Fact]
    public async Task Should_describe_the_token_request_as_a_form_of_named_fields()
    {
        var document = await DocumentAsync();

        var body = document["paths"]!["/connect/token"]!["post"]!["requestBody"]!["content"]!.AsObject();

        body.Select(c => c.Key).ShouldBe(["application/x-www-form-urlencoded"]);
        body["application/x-www-form-urlencoded"]!["schema"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/TokenRequest");
        document["components"]!["schemas"]!["TokenRequest"]!["properties"]!.AsObject().Select(p => p.Key)
            .ShouldBe(["grant_type", "client_id", "username", "password", "scope", "refresh_token", "remember_me"]);
    }

    [Fact]
    public async Task Should_serve_the_api_reference_page()
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync("/scalar/v1");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = fixture.Anonymous();
        return (await client.SendExpectingAsync(HttpMethod.Get, "/openapi/v1.json", null, HttpStatusCode.OK))!;
    }

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", o.Value!)));

    private static List<string> StatusCodes(JsonNode document, string path, string method) =>
        document["paths"]![path]![method]!["responses"]!.AsObject().Select(r => r.Key).ToList();
}

[Collection(Collections.Sqlite)]
public sealed class OpenApi_Sqlite_Tests(SqliteAppFixture fixture) : OpenApi_Tests<SqliteAppFixture>(fixture);
