using System.Security.Claims;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Account;

public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] long ExpiresIn);

public sealed record TokenError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string Description);

/// <summary>
/// The password grant for scripts, at OpenIddict's address. Tokens are ASP.NET Core's own bearer
/// tokens, protected with the Data Protection keys every server shares (OpenIddict's EF stores need
/// EF Core 10, which Pomelo does not support yet).
/// </summary>
[ApiController]
[Route("connect/token")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class TokenController(
    SignInService signIn,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    IdentitySessionManager sessions,
    TimeProvider clock) : ControllerBase
{
    public const string ClientId = "Humanitarian_App";

    [HttpPost]
    [Consumes("application/x-www-form-urlencoded")]
    [EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
    public async Task<IActionResult> TokenAsync([FromForm] IFormCollection form)
    {
        if (form["grant_type"] != "password")
        {
            return BadRequest(new TokenError("unsupported_grant_type", "Only grant_type=password is supported."));
        }
        if (form["client_id"] != ClientId)
        {
            return BadRequest(new TokenError("invalid_client", $"Unknown client_id; use {ClientId}."));
        }
        var (result, user) = await signIn.CheckAsync(form["username"].ToString(), form["password"].ToString());
        if (result != LoginResultType.Success)
        {
            return BadRequest(new TokenError("invalid_grant", result.ToString()));
        }
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var principal = await claimsFactory.CreateAsync(user!);
        ((ClaimsIdentity)principal.Identity!).AddClaim(await sessions.StartAsync(user!, IdentitySessionDevices.OAuth, ClientId));
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
        return Ok(new TokenResponse(
            options.BearerTokenProtector.Protect(ticket), "Bearer", (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
