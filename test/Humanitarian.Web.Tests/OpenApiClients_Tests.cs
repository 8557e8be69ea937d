using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The live OpenAPI document through tools no one here wrote, as a script author would use them: Redocly's
/// linter, a TypeScript client from @hey-api/openapi-ts compiled by <c>tsc --strict</c>, and a C# client
/// from NSwag compiled by Roslyn. The whole document goes through each, so a new module's endpoints are
/// checked without anyone listing them.
/// </summary>
public abstract class OpenApiClients_Tests<TFixture>(TFixture fixture) : IAsyncLifetime where TFixture : AppFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "humanitarian-openapi-" + Guid.NewGuid().ToString("N")[..8]);

    private string DocumentPath => Path.Combine(_folder, "v1.json");

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_folder);
        using var client = fixture.Anonymous();
        await File.WriteAllTextAsync(DocumentPath, await client.Http.GetStringAsync("/openapi/v1.json"));
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_pass_redocly_lint()
    {
        var lint = await NpmTools.ApiClients.RunAsync("redocly", NpmTools.ApiClients.Directory,
            "lint", DocumentPath, "--config", Path.Combine(NpmTools.ApiClients.Directory, "redocly.yaml"), "--max-problems", "1000");

        lint.ExitCode.ShouldBe(0, lint.Output);
    }

    [Fact]
    public async Task Should_generate_a_typescript_client_that_compiles_with_strict_checks()
    {
        var output = Path.Combine(_folder, "generated", "typescript");
        var generation = await NpmTools.ApiClients.RunAsync("openapi-ts", _folder, "--input", DocumentPath, "--output", output);
        generation.ExitCode.ShouldBe(0, generation.Output);
        File.Exists(Path.Combine(output, "sdk.gen.ts")).ShouldBeTrue(generation.Output);
        // The committed compiler options, over the generated files and the README's example script.
        File.Copy(Path.Combine(NpmTools.ApiClients.Directory, "example.ts"), Path.Combine(_folder, "example.ts"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "tsconfig.json"),
            $$"""{ "extends": "{{Path.Combine(NpmTools.ApiClients.Directory, "tsconfig.json")}}", "include": ["generated/typescript/**/*.ts", "example.ts"] }""");

        var compilation = await NpmTools.ApiClients.RunAsync("tsc", _folder, "--project", Path.Combine(_folder, "tsconfig.json"));

        compilation.ExitCode.ShouldBe(0, compilation.Output);
    }

    [Fact]
    public async Task Should_generate_a_csharp_client_that_compiles()
    {
        var code = await GeneratedCSharpClient.GenerateAsync(await File.ReadAllTextAsync(DocumentPath));

        var (assembly, errors) = GeneratedCSharpClient.Compile(code);

        errors.ShouldBeEmpty(string.Join('\n', errors));
        // Every operation is a typed call named after its operationId: Unit_GetList → UnitClient.GetListAsync.
        var operationIds = JsonNode.Parse(await File.ReadAllTextAsync(DocumentPath))!["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch"))
            .Select(o => o.Value!["operationId"]!.GetValue<string>()).ToList();
        operationIds.ShouldNotBeEmpty();
        var missing = operationIds.Where(id =>
        {
            var (client, action) = (id[..id.IndexOf('_')], id[(id.IndexOf('_') + 1)..]);
            var type = assembly!.GetType($"{GeneratedCSharpClient.Namespace}.{client}Client");
            return type is null || type.GetMethods().All(m => m.Name != action + "Async");
        });
        missing.ShouldBeEmpty();
    }
}

// The document does not depend on the database: one run suffices (the round trip runs on both).
[Collection(Collections.Sqlite)]
public sealed class OpenApiClients_Sqlite_Tests(SqliteAppFixture fixture) : OpenApiClients_Tests<SqliteAppFixture>(fixture);
