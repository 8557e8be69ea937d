using Humanitarian.Framework.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Humanitarian.Web.Startup;

/// <summary>
/// Forms as client generators read them. ASP.NET Core writes a form of several fields as <c>allOf</c> one
/// object per field, which NSwag skips (an Excel import's client lost its <c>file</c>): here it is one
/// object. A URL-encoded form (the token request) is a named schema, so a client's class is named after
/// the model (<c>TokenRequest</c>), not "Body". A file field is <c>string/binary</c> in place.
/// </summary>
public static class FormsOpenApi
{
    private const string FormUrlEncoded = "application/x-www-form-urlencoded";
    private const string Multipart = "multipart/form-data";

    public static OpenApiOptions DescribeForms(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            foreach (var (mediaType, content) in operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (mediaType is not (FormUrlEncoded or Multipart) || content.Schema is not OpenApiSchema schema)
                {
                    continue;
                }
                Flatten(schema);
                InlineFiles(schema, context);
                var model = context.Description.ParameterDescriptions
                    .FirstOrDefault(p => p.Source == BindingSource.Form)?.ModelMetadata.ContainerType;
                if (mediaType == FormUrlEncoded && model is not null && context.Document is { } document)
                {
                    document.AddComponent(model.Name, schema);
                    content.Schema = new OpenApiSchemaReference(model.Name, document);
                    // The generator writes each field's summary here in turn, leaving the last one's.
                    operation.RequestBody!.Description = null;
                }
            }
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>
    /// A file field written out as <c>string/binary</c> rather than a reference to it: NSwag recognises a
    /// file only so, and otherwise emits calls to a FileParameter class it never writes (NSwag issue 5389).
    /// </summary>
    private static void InlineFiles(OpenApiSchema schema, OpenApiOperationTransformerContext context)
    {
        var files = context.Description.ParameterDescriptions
            .Where(p => typeof(IRemoteStreamContent).IsAssignableFrom(p.Type) || typeof(IFormFile).IsAssignableFrom(p.Type))
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in (schema.Properties?.Keys ?? []).Where(files.Contains).ToList())
        {
            schema.Properties![name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        }
    }

    private static void Flatten(OpenApiSchema schema)
    {
        if (schema.AllOf is not { Count: > 0 } parts || parts.Any(p => p is not OpenApiSchema { Properties: not null }))
        {
            return;
        }
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var part in parts.Cast<OpenApiSchema>())
        {
            foreach (var (name, property) in part.Properties!)
            {
                schema.Properties[name] = property;
            }
            foreach (var name in part.Required ?? new HashSet<string>())
            {
                (schema.Required ??= new HashSet<string>()).Add(name);
            }
        }
        schema.AllOf = null;
        schema.Type = JsonSchemaType.Object;
    }
}
