using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// Describes the API as clients meet it (ABP's provider of the same name): every action under /api and
/// /connect declares ABP's error body for the client errors it can answer, and JSON as
/// <c>application/json</c> only (MVC also lists text/plain and text/json, which no client needs).
/// </summary>
public sealed class AbpRemoteServiceApiDescriptionProvider(IModelMetadataProvider metadataProvider) : IApiDescriptionProvider
{
    public const string JsonMediaType = "application/json";
    private static readonly string[] RedundantJsonTypes = ["text/plain", "text/json", "application/*+json"];

    /// <summary>After MVC's own provider (-1000), which made the descriptions.</summary>
    public int Order => -999;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results.Where(IsRemoteService))
        {
            foreach (var response in description.SupportedResponseTypes)
            {
                KeepJsonOnly(response.ApiResponseFormats, f => f.MediaType);
            }
            KeepJsonOnly(description.SupportedRequestFormats, f => f.MediaType);
            // An answer without a declared type (object, IActionResult) is still an answer: the generator
            // adds its 200 only when no response at all is declared.
            if (!description.SupportedResponseTypes.Any(r => r.StatusCode is >= 200 and < 300))
            {
                description.SupportedResponseTypes.Add(new ApiResponseType { StatusCode = StatusCodes.Status200OK, Type = typeof(void) });
            }
            foreach (var status in ClientErrors(description))
            {
                if (description.SupportedResponseTypes.All(r => r.StatusCode != status))
                {
                    description.SupportedResponseTypes.Add(ErrorResponse(status));
                }
            }
        }
    }

    /// <summary>
    /// 400 for any input (antiforgery for any write), 401/403 where sign-in/a permission is needed, 404 for
    /// a record named in the route or an unknown <c>__tenant</c>, 409 for a write under /api (stale concurrency
    /// stamp, repeated <c>Idempotency-Key</c> still running), 429 where a rate limit applies.
    /// </summary>
    public static IEnumerable<int> ClientErrors(ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var anonymous = IsAnonymous(description.ActionDescriptor);
        var isRead = HttpMethods.IsGet(description.HttpMethod ?? "") || HttpMethods.IsHead(description.HttpMethod ?? "");

        if (description.ParameterDescriptions.Count > 0 || !isRead) yield return StatusCodes.Status400BadRequest;
        if (!anonymous) yield return StatusCodes.Status401Unauthorized;
        if (!anonymous && authorize.Any(a => a.Policy is not null || a.Roles is not null)) yield return StatusCodes.Status403Forbidden;
        if (anonymous || description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path)) yield return StatusCodes.Status404NotFound;
        if (!isRead && description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true) yield return StatusCodes.Status409Conflict;
        if (metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            yield return StatusCodes.Status429TooManyRequests;
        }
    }

    /// <summary>No <c>[Authorize]</c>, or <c>[AllowAnonymous]</c> over it: callable without signing in.</summary>
    public static bool IsAnonymous(ActionDescriptor action) =>
        !action.EndpointMetadata.OfType<IAuthorizeData>().Any() || action.EndpointMetadata.OfType<IAllowAnonymous>().Any();

    public static bool IsRemoteService(ApiDescription description) =>
        description.RelativePath is { } path
        && (path.StartsWith("api/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("connect/", StringComparison.OrdinalIgnoreCase));

    private ApiResponseType ErrorResponse(int status) => new()
    {
        StatusCode = status,
        Type = typeof(RemoteServiceErrorResponse),
        ModelMetadata = metadataProvider.GetMetadataForType(typeof(RemoteServiceErrorResponse)),
        ApiResponseFormats = [new ApiResponseFormat { MediaType = JsonMediaType }],
    };

    /// <summary>Where JSON is offered, only as application/json; other types (files, forms) stay.</summary>
    private static void KeepJsonOnly<T>(IList<T> formats, Func<T, string> mediaType)
    {
        if (formats.Any(f => mediaType(f) == JsonMediaType))
        {
            foreach (var redundant in formats.Where(f => RedundantJsonTypes.Contains(mediaType(f))).ToList())
            {
                formats.Remove(redundant);
            }
        }
    }
}
