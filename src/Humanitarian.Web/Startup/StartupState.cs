using Humanitarian.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Startup;

/// <summary>Whether migrations and seeding have finished; the app answers 503 until they have.</summary>
public sealed class StartupState
{
    private volatile bool _ready;

    public bool IsReady => _ready;
    public string? FailureMessage { get; private set; }

    public void MarkReady() => _ready = true;

    public void MarkFailed(Exception exception) => FailureMessage = exception.Message;
}

/// <summary>
/// Until the database is ready, every request but <c>/health</c> gets 503 and Retry-After, in the request's
/// language: it runs after request localization, and the texts are embedded JSON, not database rows.
/// </summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupState state, IStringLocalizer<HumanitarianResource> l)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (state.IsReady || context.Request.Path.StartsWithSegments("/health"))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        context.Response.ContentType = "text/plain; charset=utf-8"; // Vietnamese letters, whatever the client guesses
        return context.Response.WriteAsync(state.FailureMessage is null
            ? l["Startup:Starting"]
            : l["Startup:Failed", state.FailureMessage]);
    }
}
