using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>One field of a write endpoint's JSON body: its JSON path ("legalBasis", "address.lines") and schema.</summary>
public sealed record BodyField(string Method, string Template, string Path, JsonObject Schema, OpenApiRequestBodies Document)
{
    /// <summary>A concrete URL: every route parameter becomes a new GUID (no such record).</summary>
    public string Url => System.Text.RegularExpressions.Regex.Replace(Template, @"\{[^}]+\}", _ => Guid.NewGuid().ToString());

    /// <summary>A body holding only this field, set to <paramref name="value"/> (objects on the path are created).</summary>
    public JsonObject BodyWith(JsonNode? value)
    {
        var body = new JsonObject();
        var node = body;
        var names = Path.Split('.');
        foreach (var name in names[..^1])
        {
            var child = new JsonObject();
            node[name] = child;
            node = child;
        }
        node[names[^1]] = value;
        return body;
    }

    public JsonObject Items => Document.Resolve(Schema["items"]!.AsObject());

    public override string ToString() => $"{Method} {Template} {Path}";
}

/// <summary>
/// The write endpoints' JSON bodies as the app's OpenAPI document describes them, so a test of a class of
/// input covers every field, including those of endpoints added later.
/// </summary>
public sealed class OpenApiRequestBodies(JsonNode document)
{
    /// <summary>How deep nested objects of a body are followed.</summary>
    private const int MaxDepth = 3;

    public static async Task<OpenApiRequestBodies> LoadAsync(AppFixture fixture)
    {
        using var client = fixture.Anonymous();
        return new OpenApiRequestBodies((await client.GetJsonAsync<JsonNode>("/openapi/v1.json"))!);
    }

    /// <summary>Every field of every POST/PUT JSON body under /api (objects followed, array items not).</summary>
    public List<BodyField> Fields()
    {
        var fields = new List<BodyField>();
        foreach (var (template, path) in document["paths"]!.AsObject())
        {
            foreach (var method in new[] { "post", "put" })
            {
                if (template.StartsWith("/api/", StringComparison.Ordinal)
                    && path![method]?["requestBody"]?["content"]?["application/json"]?["schema"] is JsonObject schema)
                {
                    Collect(method.ToUpperInvariant(), template, Resolve(schema), "", 0, fields);
                }
            }
        }
        return fields;
    }

    /// <summary>Every paged list under /api without route parameters: a GET answering <c>{"totalCount", "items"}</c>.</summary>
    public List<string> ListPaths() =>
        document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal) && !p.Key.Contains('{')
                        && p.Value!["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"] is JsonObject schema
                        && Resolve(schema)["properties"] is JsonObject properties
                        && properties.ContainsKey("totalCount") && properties.ContainsKey("items"))
            .Select(p => p.Key).ToList();

    /// <summary>Follows references, and of "oneOf"/"anyOf" (how a nullable object is written) takes the non-null schema.</summary>
    public JsonObject Resolve(JsonObject schema)
    {
        while (true)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
            }
            else if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray choices)
            {
                schema = choices.Select(c => c!.AsObject()).First(c => c["type"]?.ToString() != "null");
            }
            else
            {
                return schema;
            }
        }
    }

    /// <summary>The schema's type, whether it is written "array" or ["array", "null"].</summary>
    public static bool IsType(JsonObject schema, string type) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>() == type,
        JsonArray types => types.Any(t => t!.GetValue<string>() == type),
        _ => type == "object" && schema["properties"] is not null,
    };

    private void Collect(string method, string template, JsonObject schema, string prefix, int depth, List<BodyField> fields)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }
        foreach (var (name, value) in properties)
        {
            var property = Resolve(value!.AsObject());
            fields.Add(new BodyField(method, template, prefix + name, property, this));
            if (IsType(property, "object") && depth < MaxDepth)
            {
                Collect(method, template, property, prefix + name + ".", depth + 1, fields);
            }
        }
    }
}
