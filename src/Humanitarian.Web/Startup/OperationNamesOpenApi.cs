using System.Text.RegularExpressions;
using Humanitarian.Framework.AspNetCore;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Humanitarian.Web.Startup;

/// <summary>
/// Names as generated clients show them: operationId <c>Unit_GetList</c> (NSwag: <c>UnitClient.GetListAsync</c>,
/// hey-api: <c>unitGetList</c>), a summary (the XML docs' where written, else the action's name in words),
/// query parameters in camelCase as the contract spells them (<c>skipCount</c>; MVC binds them in any case),
/// and the <c>Idempotency-Key</c> header every POST under /api takes.
/// </summary>
public static partial class OperationNamesOpenApi
{
    public static OpenApiOptions DescribeOperations(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            var (group, action) = Names(context);
            operation.OperationId = $"{group}_{action}";
            operation.Summary ??= (context.Description.ActionDescriptor as ControllerActionDescriptor)?.MethodInfo is { } method
                ? XmlDocSummaries.Of(method)
                : null;
            operation.Summary ??= Words(action);
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
            {
                parameter.Name = string.Join('.', parameter.Name!.Split('.').Select(CamelCase));
            }
            if (context.Description.HttpMethod == "POST" && context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyMiddleware.HeaderName,
                    In = ParameterLocation.Header,
                    Description = "Optional: a repeat with the same key (same user and tenant, within 24 hours) returns the first answer and writes nothing.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyRecord.MaxKeyLength },
                });
            }
            return Task.CompletedTask;
        });
        // Two actions of one controller with the same name (overloads on other routes) stay apart.
        options.AddDocumentTransformer((document, context, _) =>
        {
            DescribeTags(document, context);
            var operations = document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal)
                .SelectMany(p => p.Value.Operations ?? []).Select(o => o.Value);
            foreach (var same in operations.GroupBy(o => o.OperationId).Where(g => g.Count() > 1))
            {
                foreach (var (operation, index) in same.Skip(1).Select((o, i) => (o, i)))
                {
                    operation.OperationId += index + 2;
                }
            }
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>A tag is a controller: described by its class's summary, or by its application service interface's.</summary>
    private static void DescribeTags(OpenApiDocument document, OpenApiDocumentTransformerContext context)
    {
        var controllers = context.DescriptionGroups.SelectMany(g => g.Items)
            .Select(d => d.ActionDescriptor).OfType<ControllerActionDescriptor>()
            .DistinctBy(a => a.ControllerName).ToDictionary(a => a.ControllerName, a => a.ControllerTypeInfo.AsType());
        foreach (var tag in (document.Tags ?? new HashSet<OpenApiTag>()).Where(t => t.Description is null && t.Name is not null))
        {
            if (controllers.TryGetValue(tag.Name!, out var type))
            {
                tag.Description = XmlDocSummaries.Of(type)
                    ?? type.GetInterfaces().Where(i => i.Name == "I" + type.Name).Select(XmlDocSummaries.Of).FirstOrDefault(d => d is not null);
            }
        }
    }

    /// <summary>The controller (an app service without "AppService") and the action (without "Async").</summary>
    private static (string Group, string Action) Names(OpenApiOperationTransformerContext context)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
        {
            return (action.ControllerName, TrimAsync(action.ActionName));
        }
        var path = context.Description.RelativePath ?? "";
        return (Pascal(context.Description.HttpMethod ?? "Get"), string.Concat(path.Split('/', '-', '{', '}').Select(Pascal)));
    }

    private static string TrimAsync(string name) =>
        name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name;

    private static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>"GetList" → "Get list".</summary>
    private static string Words(string name) => WordBoundary().Replace(name, m => m.Groups[1].Value + " " + char.ToLowerInvariant(m.Groups[2].Value[0]));

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
