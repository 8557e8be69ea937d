using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Humanitarian.Web.Startup;

/// <summary>
/// What the API sends is there: every property of a schema that only answers carry is required unless it
/// may be null (so a client reads <c>id: string</c>, not <c>string | undefined</c>). A schema that
/// requests also use keeps its optional properties, which a caller may leave out.
/// </summary>
public static class RequiredOutputsOpenApi
{
    public static OpenApiOptions DescribeOutputsAsRequired(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            var schemas = document.Components?.Schemas;
            if (schemas is null)
            {
                return Task.CompletedTask;
            }
            var operations = document.Paths.SelectMany(p => p.Value.Operations ?? []).Select(o => o.Value).ToList();
            var inputs = Reachable(schemas, operations.SelectMany(o =>
                (o.Parameters ?? []).Select(p => p.Schema)
                .Concat((o.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>()).Values.Select(c => c.Schema))));
            var outputs = Reachable(schemas, operations.SelectMany(o =>
                (o.Responses ?? []).Values.SelectMany(r => (r.Content ?? new Dictionary<string, OpenApiMediaType>()).Values.Select(c => c.Schema))));

            foreach (var name in outputs.Except(inputs))
            {
                if (schemas[name] is OpenApiSchema { Properties: { Count: > 0 } properties } schema)
                {
                    schema.Required ??= new HashSet<string>();
                    foreach (var (property, value) in properties.Where(p => !MayBeNull(p.Value)))
                    {
                        schema.Required.Add(property);
                    }
                }
            }
            return Task.CompletedTask;
        });
        return options;
    }

    private static bool MayBeNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true
        || (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Any(MayBeNull);

    /// <summary>The names of the component schemas the given schemas refer to, directly or through others.</summary>
    private static HashSet<string> Reachable(IDictionary<string, IOpenApiSchema> schemas, IEnumerable<IOpenApiSchema?> roots)
    {
        var found = new HashSet<string>();
        var pending = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (found.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    pending.Push(target);
                }
                continue;
            }
            var children = (schema.Properties?.Values ?? [])
                .Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
                .Append(schema.Items).Append(schema.AdditionalProperties);
            foreach (var child in children.OfType<IOpenApiSchema>())
            {
                pending.Push(child);
            }
        }
        return found;
    }
}
