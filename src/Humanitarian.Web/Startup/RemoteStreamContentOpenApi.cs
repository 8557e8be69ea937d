using Humanitarian.Framework.Content;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Humanitarian.Web.Startup;

/// <summary>
/// The OpenAPI document describes an <see cref="IRemoteStreamContent"/> as ASP.NET Core describes an
/// IFormFile: the file's bytes, uploaded as multipart/form-data (downloads are declared by the
/// application-service convention).
/// </summary>
public static class RemoteStreamContentOpenApi
{
    private const string FormUrlEncoded = "application/x-www-form-urlencoded";
    private const string Multipart = "multipart/form-data";

    public static OpenApiOptions DescribeRemoteStreamContent(this OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (typeof(IRemoteStreamContent).IsAssignableFrom(context.JsonTypeInfo.Type))
            {
                schema.Type = JsonSchemaType.String;
                schema.Format = "binary";
                schema.Properties = null;
                schema.Required = null;
            }
            return Task.CompletedTask;
        });
        // A form holding a file is multipart; the generator only knows that of IFormFile.
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ParameterDescriptions.Any(p => typeof(IRemoteStreamContent).IsAssignableFrom(p.Type))
                && operation.RequestBody?.Content is { } content
                && content.Remove(FormUrlEncoded, out var form))
            {
                content[Multipart] = form;
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
