using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Humanitarian.Web.AuthServer;

public sealed record IssuedTokens(string AccessToken, string? RefreshToken, long ExpiresIn);

/// <summary>
/// Makes the token endpoint's answers: an access token as a signed JWT (what ABP's clients decode, e.g.
/// for <c>remember_me</c>) and, for scope <c>offline_access</c>, a refresh token — the sign-in's claims
/// sealed with Data Protection, readable only by our servers. Both name the sign-in session, which the
/// server checks on every use, so ending the session ends both.
/// </summary>
public sealed class TokenIssuer(
    IOptions<AuthServerOptions> options, IOptions<IdentityOptions> identityOptions, TokenSigningKeyStore keys, AuthServerIssuer issuer,
    IDataProtectionProvider dataProtection, TimeProvider clock) : ISingletonDependency
{
    /// <summary>The API's resource name: the access tokens' audience and its scope.</summary>
    public const string Audience = "Humanitarian";

    public const string OfflineAccessScope = "offline_access";
    public const string RememberMeClaim = "remember_me";
    public const string ScopeClaim = "scope";

    /// <summary>The token type RFC 9068 gives access tokens, so that no other JWT passes for one.</summary>
    public const string AccessTokenType = "at+jwt";

    /// <summary>Identity's long claim names as JWTs write them; the bearer handler maps them back on reading.</summary>
    private static readonly Dictionary<string, string> s_shortNames = new()
    {
        [ClaimTypes.NameIdentifier] = JwtRegisteredClaimNames.Sub,
        [ClaimTypes.Name] = JwtRegisteredClaimNames.UniqueName,
        [ClaimTypes.Role] = "role",
        [ClaimTypes.Email] = JwtRegisteredClaimNames.Email,
    };

    private readonly TicketDataFormat _refreshTokens = new(dataProtection.CreateProtector("Humanitarian.AuthServer.RefreshToken"));

    /// <summary>
    /// Tokens for <paramref name="principal"/>, which carries the session claim. Identity's security stamp
    /// stays out of the access token (it is readable by anyone holding it) but is sealed in the refresh
    /// token, so a password change refuses refreshes.
    /// </summary>
    public IssuedTokens Issue(ClaimsPrincipal principal, HttpRequest request, IReadOnlyCollection<string> scopes, bool rememberMe)
    {
        var now = clock.GetUtcNow();
        var lifetime = options.Value.AccessTokenLifetime;
        var claims = principal.Claims
            .Where(c => c.Type != StampClaimType)
            .Select(c => new Claim(s_shortNames.GetValueOrDefault(c.Type, c.Type), c.Value))
            .Append(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")))
            .Append(new Claim(RememberMeClaim, rememberMe ? "true" : "false", ClaimValueTypes.Boolean))
            .Append(new Claim(ScopeClaim, string.Join(' ', scopes)));
        var accessToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.For(request),
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            TokenType = AccessTokenType,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.RsaSha256),
        });
        string? refreshToken = null;
        if (scopes.Contains(OfflineAccessScope))
        {
            var properties = new AuthenticationProperties { ExpiresUtc = now + options.Value.RefreshTokenLifetime };
            properties.SetString(RememberMeClaim, rememberMe ? "true" : "false");
            properties.SetString(ScopeClaim, string.Join(' ', scopes));
            refreshToken = _refreshTokens.Protect(new AuthenticationTicket(principal, properties, "RefreshToken"));
        }
        return new IssuedTokens(accessToken, refreshToken, (long)lifetime.TotalSeconds);
    }

    /// <summary>The sign-in sealed in a refresh token, or null when it is not ours or has expired.</summary>
    public AuthenticationTicket? ReadRefreshToken(string refreshToken)
    {
        var ticket = _refreshTokens.Unprotect(refreshToken);
        return ticket?.Properties.ExpiresUtc is { } expires && expires > clock.GetUtcNow() ? ticket : null;
    }

    /// <summary>The user's security stamp when the sign-in was sealed in a refresh token.</summary>
    public string? SecurityStampOf(ClaimsPrincipal principal) => principal.FindFirstValue(StampClaimType);

    private string StampClaimType => identityOptions.Value.ClaimsIdentity.SecurityStampClaimType;
}
