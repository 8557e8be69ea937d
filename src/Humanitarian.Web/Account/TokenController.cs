using System.Security.Claims;
using System.Text.Json.Serialization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Web.AuthServer;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Web.Account;

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);

public sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);

/// <summary>The token request's form fields, named as OAuth 2.0 names them.</summary>
public sealed class TokenRequest
{
    /// <summary><c>password</c>, or <c>refresh_token</c> to exchange a refresh token for new tokens.</summary>
    [FromForm(Name = "grant_type")]
    public string? GrantType { get; set; }

    /// <summary><c>Humanitarian_App</c>.</summary>
    [FromForm(Name = "client_id")]
    public string? ClientId { get; set; }

    [FromForm(Name = "username")]
    public string? UserName { get; set; }

    [FromForm(Name = "password")]
    public string? Password { get; set; }

    /// <summary>Space-separated; <c>offline_access</c> adds a refresh token. Other scopes are accepted and not checked.</summary>
    [FromForm(Name = "scope")]
    public string? Scope { get; set; }

    /// <summary>For <c>refresh_token</c>: the refresh token of an earlier answer.</summary>
    [FromForm(Name = "refresh_token")]
    public string? RefreshToken { get; set; }

    /// <summary>
    /// For <c>password</c>: <c>true</c> when the user asked to stay signed in (the token's <c>remember_me</c>
    /// claim, read by ABP's clients). A string as on the wire: generated clients carry a form's fields as strings.
    /// </summary>
    [FromForm(Name = "remember_me")]
    public string? RememberMe { get; set; }
}

/// <summary>
/// OpenIddict's token endpoint for scripts and ABP's clients: the password grant (with header
/// <c>__tenant</c> for a tenant's user) and the refresh-token grant. Access tokens are JWTs signed with
/// the server's key (<see cref="TokenSigningKeyStore"/>); every token names a sign-in session that the
/// server checks on each use (OpenIddict's EF stores need EF Core 10, which Pomelo does not support yet).
/// </summary>
[ApiController]
[Route("connect/token")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class TokenController(
    SignInService signIn,
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IdentitySessionManager sessions,
    TokenIssuer tokens,
    ICurrentTenant currentTenant) : ControllerBase
{
    public const string ClientId = "Humanitarian_App";

    /// <summary>Tokens for a user name and password, or for a refresh token.</summary>
    [HttpPost]
    [Consumes("application/x-www-form-urlencoded")]
    [EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<TokenError>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> TokenAsync([FromForm] TokenRequest form)
    {
        if (form.ClientId != ClientId)
        {
            return BadRequest(new TokenError("invalid_client", $"Unknown client_id; use {ClientId}."));
        }
        var scopes = (form.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return form.GrantType switch
        {
            "password" => await PasswordAsync(form, scopes),
            "refresh_token" => await RefreshAsync(form.RefreshToken ?? ""),
            _ => BadRequest(new TokenError("unsupported_grant_type", "Use grant_type=password or refresh_token.")),
        };
    }

    private async Task<IActionResult> PasswordAsync(TokenRequest form, string[] scopes)
    {
        var (result, user) = await signIn.CheckAsync(form.UserName ?? "", form.Password ?? "");
        if (result != LoginResultType.Success)
        {
            return BadRequest(new TokenError("invalid_grant", result.ToString()));
        }
        var principal = await claimsFactory.CreateAsync(user!);
        ((ClaimsIdentity)principal.Identity!).AddClaim(await sessions.StartAsync(user!, IdentitySessionDevices.OAuth, ClientId));
        return Answer(tokens.Issue(principal, Request, scopes, bool.TryParse(form.RememberMe, out var remember) && remember));
    }

    /// <summary>
    /// New tokens for the same session while it lasts, for a user who may still sign in with the same
    /// password (a password change or a lock refuses the refresh). Claims are read afresh, so roles
    /// given or taken since show in the new access token.
    /// </summary>
    private async Task<IActionResult> RefreshAsync(string refreshToken)
    {
        var refused = BadRequest(new TokenError("invalid_grant", "The refresh token is invalid, expired or its session has ended."));
        if (tokens.ReadRefreshToken(refreshToken) is not { } ticket || !await sessions.IsActiveAsync(ticket.Principal))
        {
            return refused;
        }
        Guid? tenantId = Guid.TryParse(ticket.Principal.FindFirstValue(AbpClaimTypes.TenantId), out var id) ? id : null;
        using (currentTenant.Change(tenantId))
        {
            var user = await userManager.FindByIdAsync(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
            if (user is null || !user.IsActive || await userManager.IsLockedOutAsync(user) || !await signInManager.CanSignInAsync(user)
                || user.SecurityStamp != tokens.SecurityStampOf(ticket.Principal))
            {
                return refused;
            }
            var principal = await claimsFactory.CreateAsync(user);
            ((ClaimsIdentity)principal.Identity!).AddClaim(ticket.Principal.FindFirst(AbpClaimTypes.SessionId)!);
            var scopes = ticket.Properties.GetString(TokenIssuer.ScopeClaim)?.Split(' ') ?? [];
            return Answer(tokens.Issue(principal, Request, scopes, ticket.Properties.GetString(TokenIssuer.RememberMeClaim) == "true"));
        }
    }

    private OkObjectResult Answer(IssuedTokens issued) =>
        Ok(new TokenResponse(issued.AccessToken, "Bearer", issued.ExpiresIn, issued.RefreshToken));
}
