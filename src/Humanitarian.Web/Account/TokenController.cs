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

/// <summary>The token request's form fields, named as OAuth 2.0 names them.</summary>
public sealed class TokenRequest
{
    /// <summary><c>password</c>, the only grant offered.</summary>
    [FromForm(Name = "grant_type")]
    public string? GrantType { get; set; }

    /// <summary><c>Humanitarian_App</c>.</summary>
    [FromForm(Name = "client_id")]
    public string? ClientId { get; set; }

    [FromForm(Name = "username")]
    public string? UserName { get; set; }

    [FromForm(Name = "password")]
    public string? Password { get; set; }

    /// <summary><c>Humanitarian</c> (the one scope; accepted and not checked).</summary>
    [FromForm(Name = "scope")]
    public string? Scope { get; set; }
}

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

    /// <summary>A bearer token for a user name and password (with header <c>__tenant</c> for a tenant's user).</summary>
    [HttpPost]
    [Consumes("application/x-www-form-urlencoded")]
    [EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<TokenError>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> TokenAsync([FromForm] TokenRequest form)
    {
        if (form.GrantType != "password")
        {
            return BadRequest(new TokenError("unsupported_grant_type", "Only grant_type=password is supported."));
        }
        if (form.ClientId != ClientId)
        {
            return BadRequest(new TokenError("invalid_client", $"Unknown client_id; use {ClientId}."));
        }
        var (result, user) = await signIn.CheckAsync(form.UserName ?? "", form.Password ?? "");
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
