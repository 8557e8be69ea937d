using System.Security.Claims;
using Humanitarian.Framework.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>
/// Runs right after authentication: a cookie or token whose session has ended makes the request
/// anonymous (and deletes the cookie), so protected endpoints answer 401 and pages go to the sign-in.
/// </summary>
public sealed class IdentitySessionCheckMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IdentitySessionManager sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsActiveAsync(context.User))
        {
            if (!IdentitySetup.IsBearerRequest(context.Request))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            context.Items[AbpErrorPages.SessionEndedItem] = true;
        }
        await next(context);
    }
}
