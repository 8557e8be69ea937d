using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Humanitarian.Web.Startup;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, shaped so that generated clients (NSwag, hey-api, …) work
/// without hand edits. Each rule is generic, so a new module's endpoints are described the same way.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddHumanitarianOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Humanitarian API";
                document.Info.Description = "Humanitarian's HTTP API in ABP's shapes: sign in with POST /connect/token "
                                            + "(password grant, header __tenant for a tenant's user) and send the token as a bearer token.";
                // "http://host/" → "http://host": the paths begin with "/".
                foreach (var server in document.Servers ?? [])
                {
                    server.Url = server.Url?.TrimEnd('/');
                }
                return Task.CompletedTask;
            });
            // Enums are sent as their names (JsonStringEnumConverter): say they are strings. An enum's schema
            // is shared by its nullable uses, which say "or null" where they are (oneOf), not in its values.
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (type.IsEnum && schema.Enum is { Count: > 0 } values && values.All(v => v is null || v.GetValueKind() == JsonValueKind.String))
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = values.Where(v => v is not null).ToList();
                }
                return Task.CompletedTask;
            });
            o.DescribeRemoteStreamContent();
            o.DescribeForms();
            o.DescribeOperations();
            o.DescribeSecurity();
            o.DescribeOutputsAsRequired();
        });
}
