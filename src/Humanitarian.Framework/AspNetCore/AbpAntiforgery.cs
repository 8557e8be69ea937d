using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// ABP's antiforgery for scripts: every GET of a page or of the application configuration sets the
/// <c>XSRF-TOKEN</c> cookie (bound to the signed-in user), which a cookie-authenticated API call must
/// echo in the <c>RequestVerificationToken</c> header.
/// </summary>
public sealed class AbpAntiforgeryCookieMiddleware(RequestDelegate next)
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "RequestVerificationToken";

    public Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (HttpMethods.IsGet(context.Request.Method) && SetsToken(context.Request.Path))
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
            {
                HttpOnly = false, // scripts read it to echo it
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
        }
        return next(context);
    }

    private static bool SetsToken(PathString path) =>
        path.StartsWithSegments("/api/abp/application-configuration")
        || (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/health") && !Path.HasExtension(path.Value));
}

/// <summary>Validates the echoed token on state-changing API calls authenticated by the cookie.</summary>
public sealed class AbpApiAntiforgeryFilter(IAntiforgery antiforgery, IStringLocalizer<AbpFrameworkResource> l)
    : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!AbpErrorWriter.IsApiRequest(http) || !NeedsValidation(http)
            || context.ActionDescriptor.EndpointMetadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any())
        {
            return;
        }
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            context.Result = new ObjectResult(AbpErrorWriter.Create(l["ValidationError"], "Abp.Antiforgery",
                "The antiforgery token (header RequestVerificationToken) is missing or invalid."))
            { StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    private static bool NeedsValidation(HttpContext http) =>
        !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
        && !HttpMethods.IsOptions(http.Request.Method)
        && http.User.Identity?.IsAuthenticated == true
        && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
