using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Humanitarian.Web.Startup;

/// <summary>
/// Who may call what: a bearer token from /connect/token on every operation that needs sign-in, an
/// explicit <c>security: []</c> on the anonymous ones, which name their tenant with the <c>__tenant</c>
/// header instead (a signed-in user is always in their own tenant).
/// </summary>
public static class SecurityOpenApi
{
    public const string BearerScheme = "Bearer";

    public static OpenApiOptions DescribeSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The access_token of POST /connect/token (grant_type=password, client_id=Humanitarian_App, scope=Humanitarian).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (AbpRemoteServiceApiDescriptionProvider.IsAnonymous(context.Description.ActionDescriptor))
            {
                operation.Security = [];
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = TenantResolutionMiddleware.TenantKey,
                    In = ParameterLocation.Header,
                    Description = "The tenant (name such as ha-noi, or id) of an anonymous call; none for the host. Unknown → 404.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
            else
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
