using System.Text.Json;
using System.Text.Json.Serialization;
using Humanitarian.Framework.Domain;
using Microsoft.AspNetCore.Http;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>ABP's error body: <c>{"error": {"code", "message", "details", "validationErrors"}}</c>.</summary>
public sealed record RemoteServiceErrorResponse(RemoteServiceErrorInfo Error);

public sealed record RemoteServiceErrorInfo(
    string? Code, string Message, string? Details, IReadOnlyList<RemoteServiceValidationErrorInfo>? ValidationErrors);

public sealed record RemoteServiceValidationErrorInfo(string Message, IReadOnlyList<string> Members);

public static class AbpErrorWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Task WriteAsync(
        HttpContext context, int statusCode, string message, string? code = null, string? details = null,
        IReadOnlyList<ValidationError>? validationErrors = null)
    {
        context.Response.StatusCode = statusCode;
        context.Response.Headers["_AbpErrorFormat"] = "true";
        return context.Response.WriteAsJsonAsync(Create(message, code, details, validationErrors), Options);
    }

    public static RemoteServiceErrorResponse Create(
        string message, string? code = null, string? details = null, IReadOnlyList<ValidationError>? validationErrors = null) =>
        new(new RemoteServiceErrorInfo(code, message, details,
            validationErrors?.Select(e => new RemoteServiceValidationErrorInfo(e.Message, e.Members)).ToList()));

    /// <summary>Requests answered with JSON errors rather than pages or redirects: the API and the token server's endpoints.</summary>
    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/connect")
        || context.Request.Path.StartsWithSegments("/.well-known");
}
