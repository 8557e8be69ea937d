using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>Cookie sign-in and sign-out that start and end a server-side session (page and API alike).</summary>
public sealed class SessionSignIn(SignInManager<AppUser> signInManager, IdentitySessionManager sessions) : ITransientDependency
{
    public async Task SignInAsync(AppUser user, bool rememberMe)
    {
        var session = await sessions.StartAsync(user, IdentitySessionDevices.Web, clientId: null);
        await signInManager.SignInWithClaimsAsync(user, rememberMe, [session]);
    }

    /// <summary>
    /// After a change that ended all of the user's sessions (a new password), the browser that made it
    /// stays signed in under a new session, as persistent as before. A bearer token is not renewed: its
    /// script asks for a new one.
    /// </summary>
    public async Task RenewCookieAsync(AppUser user)
    {
        var http = signInManager.Context;
        if (IdentitySetup.IsBearerRequest(http.Request))
        {
            return;
        }
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await SignInAsync(user, cookie.Properties?.IsPersistent ?? false);
    }

    /// <summary>Ends the caller's session (cookie or bearer token) and deletes the cookie.</summary>
    public async Task SignOutAsync(ClaimsPrincipal principal)
    {
        await sessions.EndAsync(principal);
        await signInManager.SignOutAsync();
    }
}
