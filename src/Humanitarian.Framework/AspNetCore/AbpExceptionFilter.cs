using Humanitarian.Framework.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Logging;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// Turns exceptions of API calls into ABP's error body; on pages, a missing record is a 404 page and a
/// refused action the cookie's answer to a refused page (sign-in or access denied), while anything else
/// goes to the error page.
/// </summary>
public sealed class AbpExceptionFilter(ExceptionToErrorConverter converter, ILogger<AbpExceptionFilter> logger)
    : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var http = context.HttpContext;
        var (status, body) = converter.Convert(context.Exception, http.User.Identity?.IsAuthenticated == true);
        if (status == StatusCodes.Status401Unauthorized)
        {
            // Says why when the caller's session has just ended.
            body = AbpErrorWriter.Create(AbpErrorPages.MessageFor(http, status));
        }
        if (status >= 500)
        {
            logger.LogError(context.Exception, "Unhandled exception in {Path}", http.Request.Path);
        }
        if (AbpErrorWriter.IsApiRequest(http))
        {
            http.Response.Headers["_AbpErrorFormat"] = "true";
            context.Result = new ObjectResult(body) { StatusCode = status };
            context.ExceptionHandled = true;
        }
        else if (context.Exception is AbpAuthorizationException)
        {
            // As if the page itself had been refused: the sign-in page, or the access-denied page.
            context.Result = status == StatusCodes.Status401Unauthorized ? new ChallengeResult() : new ForbidResult();
            context.ExceptionHandled = true;
        }
        else if (context.Exception is EntityNotFoundException)
        {
            context.Result = new StatusCodeResult(status);
            context.ExceptionHandled = true;
        }
    }
}
