namespace Humanitarian.Web.Startup;

/// <summary>
/// A Content-Security-Policy with no inline script anywhere; only the API reference page, whose
/// viewer needs inline script and styles, gets a relaxed one, and ABP's Angular admin UI inline styles.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string Strict =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private const string ApiReference =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    /// <summary>
    /// ABP's Angular admin UI (<see cref="AngularAdmin"/>): Angular puts each component's styles in a
    /// style element, and ABP's theme and ng-bootstrap add theirs and set style attributes at run time,
    /// none with a nonce. ABP's token store keeps the access token out of localStorage, shared by the
    /// app's tabs through a SharedWorker whose script (in ABP's own bundle) it starts from a data: URL.
    /// ABP's links that only run a click handler have the no-op <c>href="javascript:void(0)"</c> (and
    /// <c>…void(0);</c>), which a click would otherwise report as a violation: those two exact URLs are
    /// allowed by their hashes. Every other script is still only the app's own files.
    /// </summary>
    private const string AngularAdminPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-hashes' 'sha256-rRMdkshZyJlCmDX27XnL7g3zXaxv7ei6Sg+yt4R3svU=' " +
        "'sha256-kbHtQyYDQKz4SWMQ8OHVol3EC0t3tHEJFPCSwNG9NxQ='; worker-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; " +
        "base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.ContentSecurityPolicy = path.StartsWithSegments("/scalar") ? ApiReference
            : path.StartsWithSegments(AngularAdmin.BasePath) ? AngularAdminPolicy
            : Strict;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}
