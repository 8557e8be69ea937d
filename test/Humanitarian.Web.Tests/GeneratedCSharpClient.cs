using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Humanitarian.Web.Tests;

/// <summary>
/// A C# client of the API as a partner system would make it: NSwag 14.8 (the generator of
/// <c>nswag openapi2csclient</c>) over the live /openapi/v1.json, one client class per operationId prefix
/// (<c>Unit_GetList</c> → <c>UnitClient.GetListAsync</c>), System.Text.Json, nullable reference types;
/// then compiled with Roslyn against the running .NET.
/// </summary>
public static class GeneratedCSharpClient
{
    public const string Namespace = "Humanitarian.Generated";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Assembly? _assembly;

    public static async Task<string> GenerateAsync(string openApiJson)
    {
        var document = await OpenApiDocument.FromJsonAsync(openApiJson);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "{controller}Client",
            UseBaseUrl = false,
            GenerateClientInterfaces = false,
            OperationNameGenerator = new MultipleClientsFromOperationIdOperationNameGenerator(),
        };
        settings.CSharpGeneratorSettings.Namespace = Namespace;
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        settings.CSharpGeneratorSettings.GenerateNullableReferenceTypes = true;
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }

    /// <summary>The compiled assembly, or the compiler's errors (warnings are the generator's business).</summary>
    public static (Assembly? Assembly, IReadOnlyList<Diagnostic> Errors) Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Humanitarian.Generated.Client",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (result.Success ? Assembly.Load(image.ToArray()) : null, errors);
    }

    /// <summary>The client of the app's document, generated and compiled once per test run.</summary>
    public static async Task<Assembly> LoadAsync(AppFixture fixture)
    {
        await Gate.WaitAsync();
        try
        {
            if (_assembly is null)
            {
                using var client = fixture.Anonymous();
                var code = await GenerateAsync(await client.Http.GetStringAsync("/openapi/v1.json"));
                var (assembly, errors) = Compile(code);
                _assembly = assembly ?? throw new InvalidOperationException("The generated client does not compile:\n" + string.Join('\n', errors));
            }
            return _assembly;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static dynamic New(this Assembly client, string typeName, params object[] arguments) =>
        Activator.CreateInstance(client.GetType($"{Namespace}.{typeName}", throwOnError: true)!, arguments)!;

    /// <summary>dynamic, so that assigning it to a property binds to the enum's own type.</summary>
    public static dynamic Enum(this Assembly client, string typeName, string value) =>
        System.Enum.Parse(client.GetType($"{Namespace}.{typeName}", throwOnError: true)!, value);
}
