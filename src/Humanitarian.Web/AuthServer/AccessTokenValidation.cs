using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Humanitarian.Web.AuthServer;

/// <summary>
/// What makes an access token ours: signed with our key (RS256 only), for our audience, of type
/// <c>at+jwt</c>, and issued by the configured authority when there is one. Without one the issuer is
/// the address a client used, which a script behind the proxy and a browser in front of it see
/// differently; the key is this deployment's alone, so its signature is what proves the token ours.
/// The bearer handler checks it on every request; the revocation endpoint uses the same rules without the expiry.
/// </summary>
public sealed class AccessTokenValidation(TokenSigningKeyStore keys, IOptions<AuthServerOptions> authServer)
    : IConfigureNamedOptions<JwtBearerOptions>, ISingletonDependency
{
    public TokenValidationParameters Parameters(bool validateLifetime) => new()
    {
        ValidAudience = TokenIssuer.Audience,
        ValidTypes = [TokenIssuer.AccessTokenType],
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
        ValidIssuer = authServer.Value.Authority,
        ValidateIssuer = !string.IsNullOrEmpty(authServer.Value.Authority),
        ValidateLifetime = validateLifetime,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = ClaimTypes.Name,
        RoleClaimType = ClaimTypes.Role,
    };

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == IdentityConstants.BearerScheme)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        // sub, unique_name, role and email come back as the claim types Identity and ICurrentUser read.
        options.MapInboundClaims = true;
        options.TokenValidationParameters = Parameters(validateLifetime: true);
    }
}
