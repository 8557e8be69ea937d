using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// ABP's application API definition (<c>/api/abp/api-definition</c>), which ABP's proxy generators read:
/// every route of the API with its method and URL, the DTOs and enums they use, and ABP's Angular
/// generator producing proxies from it that compile.
/// </summary>
public abstract class ApiDefinition_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static readonly string[] HttpMethods = ["get", "post", "put", "delete", "patch"];

    private async Task<JsonObject> GetDefinitionAsync(bool includeTypes)
    {
        using var client = fixture.Anonymous();
        var url = $"/api/abp/api-definition?includeTypes={(includeTypes ? "true" : "false")}";
        return (await client.SendExpectingAsync(HttpMethod.Get, url, null, HttpStatusCode.OK))!.AsObject();
    }

    private static IEnumerable<JsonObject> Actions(JsonObject definition, string module) =>
        definition["modules"]![module]!["controllers"]!.AsObject()
            .SelectMany(c => c.Value!["actions"]!.AsObject().Select(a => a.Value!.AsObject()));

    [Fact]
    public async Task Should_answer_anonymously_with_the_modules_under_their_route_roots_and_remote_service_names()
    {
        var definition = await GetDefinitionAsync(includeTypes: false);

        var modules = definition["modules"]!.AsObject();
        foreach (var (rootPath, remoteService) in new[]
                 {
                     ("app", "Default"), ("identity", "AbpIdentity"), ("multi-tenancy", "AbpTenantManagement"),
                     ("abp", "abp"), ("account", "AbpAccount"), ("permission-management", "AbpPermissionManagement"),
                 })
        {
            modules[rootPath]!["rootPath"]!.GetValue<string>().ShouldBe(rootPath);
            modules[rootPath]!["remoteServiceName"]!.GetValue<string>().ShouldBe(remoteService);
        }
        definition["types"]!.AsObject().Count.ShouldBe(0, "types only when asked for");

        var units = modules["app"]!["controllers"]!["Humanitarian.Organization.Services.Units.UnitAppService"]!;
        units["controllerName"]!.GetValue<string>().ShouldBe("Unit");
        units["isRemoteService"]!.GetValue<bool>().ShouldBeTrue();
        units["interfaces"]!.AsArray().Select(i => i!["type"]!.GetValue<string>()).ShouldBe(["Humanitarian.Organization.Units.IUnitAppService"]);
        var get = units["actions"]!["GetAsyncById"]!;
        get["httpMethod"]!.GetValue<string>().ShouldBe("GET");
        get["url"]!.GetValue<string>().ShouldBe("api/app/unit/{id}");
        get["returnValue"]!["type"]!.GetValue<string>().ShouldBe("Humanitarian.Organization.Units.UnitDto");
        get["implementFrom"]!.GetValue<string>().ShouldBe("Humanitarian.Organization.Units.IUnitAppService");
        get["allowAnonymous"]!.GetValue<bool>().ShouldBeFalse();
        var id = get["parameters"]!.AsArray().Single()!;
        (id["nameOnMethod"]!.GetValue<string>(), id["bindingSourceId"]!.GetValue<string>(), id["typeSimple"]!.GetValue<string>())
            .ShouldBe(("id", "Path", "string"));

        var list = units["actions"]!["GetListAsyncByInput"]!;
        list["returnValue"]!["type"]!.GetValue<string>()
            .ShouldBe("Humanitarian.Framework.Application.PagedResultDto<Humanitarian.Organization.Units.UnitDto>");
        var skipCount = list["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "SkipCount")!;
        (skipCount["bindingSourceId"]!.GetValue<string>(), skipCount["descriptorName"]!.GetValue<string>(), skipCount["typeSimple"]!.GetValue<string>())
            .ShouldBe(("Query", "input", "number"));
    }

    [Fact]
    public async Task Should_describe_every_app_route_of_the_openapi_document_with_its_method_and_url()
    {
        using var client = fixture.Anonymous();
        var openApi = (await client.SendExpectingAsync(HttpMethod.Get, "/openapi/v1.json", null, HttpStatusCode.OK))!;
        var routes = openApi["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/app/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Where(o => HttpMethods.Contains(o.Key)).Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"))
            .ToList();
        routes.Count.ShouldBeGreaterThan(100);

        var definition = await GetDefinitionAsync(includeTypes: false);
        var actions = Actions(definition, "app")
            .Select(a => $"{a["httpMethod"]!.GetValue<string>()} /{a["url"]!.GetValue<string>()}")
            .ToHashSet();
        routes.Where(r => !actions.Contains(r)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_include_every_type_the_actions_name_and_enums_with_the_values_the_api_writes()
    {
        var definition = await GetDefinitionAsync(includeTypes: true);
        var types = definition["types"]!.AsObject();

        var named = definition["modules"]!.AsObject()
            .SelectMany(m => Actions(definition, m.Key))
            .SelectMany(a => a["parametersOnMethod"]!.AsArray().Select(p => p!["type"]!.GetValue<string>())
                .Append(a["returnValue"]!["type"]!.GetValue<string>()))
            .SelectMany(TypeNames)
            .Where(t => !t.StartsWith("System.", StringComparison.Ordinal))
            .ToHashSet();
        named.ShouldContain("Humanitarian.Organization.Units.CreateUnitDto");
        named.Where(t => !types.ContainsKey(t)).ShouldBeEmpty();

        var create = types["Humanitarian.Organization.Units.CreateUnitDto"]!["properties"]!.AsArray();
        var name = create.Single(p => p!["name"]!.GetValue<string>() == "Name")!;
        (name["typeSimple"]!.GetValue<string>(), name["isRequired"]!.GetValue<bool>(), name["maxLength"]!.GetValue<int>())
            .ShouldBe(("string", true, 256));
        var kind = create.Single(p => p!["name"]!.GetValue<string>() == "Kind")!;
        kind["type"]!.GetValue<string>().ShouldBe("Humanitarian.Organization.Units.UnitKind?");

        var unitKind = types["Humanitarian.Organization.Units.UnitKind"]!;
        unitKind["isEnum"]!.GetValue<bool>().ShouldBeTrue();
        var names = unitKind["enumNames"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        names.ShouldContain("RedCrossChapter");
        // The API writes enums by name, so that is the value a client sends and reads.
        unitKind["enumValues"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(names);

        var paged = types["Humanitarian.Framework.Application.PagedResultDto<T0>"]!;
        paged["genericArguments"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(["T"]);
        paged["properties"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "Items")!["type"]!.GetValue<string>().ShouldBe("[T]");
    }

    [Fact]
    public async Task Should_give_abps_angular_generator_a_definition_whose_proxies_compile_for_every_module()
    {
        var definition = await GetDefinitionAsync(includeTypes: true);

        var (exitCode, output) = await AbpAngularProxies.GenerateAndCompileAsync(definition.ToJsonString());

        exitCode.ShouldBe(0, output);
        output.ShouldContain($"{definition["modules"]!.AsObject().Count} modules");
    }

    /// <summary>
    /// The DTOs and enums a type name refers to: <c>[X]</c> and <c>{K:V}</c> are collections and
    /// dictionaries, <c>X?</c> nullable, and a generic <c>G&lt;A&gt;</c> is described once as <c>G&lt;T0&gt;</c>.
    /// </summary>
    private static IEnumerable<string> TypeNames(string type)
    {
        type = type.TrimEnd('?');
        if (type.StartsWith('[') || type.StartsWith('{'))
        {
            return SplitTopLevel(type[1..^1], ':').SelectMany(TypeNames);
        }
        var open = type.IndexOf('<', StringComparison.Ordinal);
        if (open < 0)
        {
            return [type];
        }
        var arguments = SplitTopLevel(type[(open + 1)..^1], ',');
        var definition = $"{type[..open]}<{string.Join(",", arguments.Select((_, i) => "T" + i))}>";
        return arguments.SelectMany(TypeNames).Prepend(definition);
    }

    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '<' or '[' or '{' ? 1 : text[i] is '>' or ']' or '}' ? -1 : 0;
            if (text[i] == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }
}

[Collection(Collections.Sqlite)]
public sealed class ApiDefinition_Sqlite_Tests(SqliteAppFixture fixture) : ApiDefinition_Tests<SqliteAppFixture>(fixture);

// Clients are generated from the live app, which runs on MariaDB in production: its definition must hold there too.
[Collection(Collections.MySql)]
public sealed class ApiDefinition_MySql_Tests(MySqlAppFixture fixture) : ApiDefinition_Tests<MySqlAppFixture>(fixture);
