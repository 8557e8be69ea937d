using System.Security.Claims;
using Humanitarian.Web.Account;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Humanitarian.Web.AuthServer;

/// <summary>The revocation request's form fields (RFC 7009).</summary>
public sealed class RevocationRequest
{
    /// <summary>An access token or a refresh token.</summary>
    [FromForm(Name = "token")]
    public string? Token { get; set; }

    /// <summary><c>access_token</c> or <c>refresh_token</c>; both kinds are recognised without it.</summary>
    [FromForm(Name = "token_type_hint")]
    public string? TokenTypeHint { get; set; }

    /// <summary><c>Humanitarian_App</c>.</summary>
    [FromForm(Name = "client_id")]
    public string? ClientId { get; set; }
}

/// <summary>
/// OpenIddict's revocation endpoint: revoking either token of a sign-in ends its session, so the access
/// token, the refresh token and every token refreshed from them stop working on every server at once.
/// </summary>
[ApiController]
[Route(AuthServerIssuer.RevocationPath)]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class RevocationController(AccessTokenValidation validation, TokenIssuer tokens, IdentitySessionManager sessions) : ControllerBase
{
    /// <summary>Ends the sign-in session of a token. Answers 200 for a token that is unknown or already ended too (RFC 7009).</summary>
    [HttpPost]
    [Consumes("application/x-www-form-urlencoded")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<TokenError>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> RevokeAsync([FromForm] RevocationRequest form)
    {
        if (form.ClientId != TokenController.ClientId)
        {
            return BadRequest(new TokenError("invalid_client", $"Unknown client_id; use {TokenController.ClientId}."));
        }
        var token = form.Token ?? "";
        // An expired access token still names its session, which a refresh token may be keeping alive.
        var accessToken = await new JsonWebTokenHandler().ValidateTokenAsync(token, validation.Parameters(validateLifetime: false));
        var principal = accessToken.IsValid
            ? new ClaimsPrincipal(accessToken.ClaimsIdentity)
            : tokens.ReadRefreshToken(token)?.Principal;
        if (principal is not null)
        {
            await sessions.EndAsync(principal);
        }
        return Ok();
    }
}
