using System.Globalization;
using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// Error answers outside MVC's filters: under /api (and /connect) ABP's JSON error body for every error
/// status that has no body yet (a bearer challenge, an unknown route, a wrong verb or media type) and
/// for exceptions thrown by middleware; elsewhere the error page.
/// </summary>
public static class AbpErrorPages
{
    /// <summary>Set by whoever found that the request's sign-in session had ended; the 401 says so.</summary>
    public const string SessionEndedItem = "Abp.Identity.SessionEnded";

    public static IApplicationBuilder UseAbpErrorPages(this IApplicationBuilder app, string errorPage, bool showDeveloperErrors)
    {
        app.UseWhen(AbpErrorWriter.IsApiRequest, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync });
            api.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext));
        });
        app.UseWhen(context => !AbpErrorWriter.IsApiRequest(context), pages =>
        {
            pages.UseStatusCodePagesWithReExecute(errorPage, "?statusCode={0}");
            if (!showDeveloperErrors)
            {
                pages.UseExceptionHandler(errorPage);
            }
        });
        return app;
    }

    /// <summary>The localized message of an error status, in the request's culture.</summary>
    public static string MessageFor(HttpContext context, int status)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>();
        return status switch
        {
            StatusCodes.Status401Unauthorized when context.Items.ContainsKey(SessionEndedItem) => l["SessionEnded"],
            StatusCodes.Status401Unauthorized => l["Unauthorized"],
            StatusCodes.Status403Forbidden => l["Forbidden"],
            StatusCodes.Status404NotFound => l["ApiNotFound"],
            StatusCodes.Status405MethodNotAllowed => l["MethodNotAllowed"],
            StatusCodes.Status409Conflict => l["ConcurrencyConflict"],
            StatusCodes.Status413PayloadTooLarge => l["RequestTooLarge"],
            StatusCodes.Status415UnsupportedMediaType => l["UnsupportedMediaType"],
            StatusCodes.Status429TooManyRequests => l["TooManyRequests"],
            >= 500 => l["InternalServerError"],
            _ => l["BadRequest"],
        };
    }

    private static Task WriteStatusAsync(HttpContext context)
    {
        // The status page runs outside request localization's scope: take the culture it chose.
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }
        var status = context.Response.StatusCode;
        var details = status is StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed
            ? $"{context.Request.Method} {context.Request.Path}"
            : null;
        return AbpErrorWriter.WriteAsync(context, status, MessageFor(context, status), details: details);
    }

    private static Task WriteExceptionAsync(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentUICulture = culture.UICulture;
        }
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AbpErrorPages))
            .LogError(exception, "Unhandled exception in {Path}", context.Request.Path);
        return AbpErrorWriter.WriteAsync(context, StatusCodes.Status500InternalServerError,
            MessageFor(context, StatusCodes.Status500InternalServerError));
    }
}
