using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.AuthServer;

/// <summary>The part of OpenID Connect discovery (RFC 8414 metadata) that ABP's clients read before signing in.</summary>
public sealed record OpenIdConfiguration(
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
    [property: JsonPropertyName("revocation_endpoint")] string RevocationEndpoint,
    [property: JsonPropertyName("jwks_uri")] string JwksUri,
    [property: JsonPropertyName("grant_types_supported")] IReadOnlyList<string> GrantTypesSupported,
    [property: JsonPropertyName("scopes_supported")] IReadOnlyList<string> ScopesSupported,
    [property: JsonPropertyName("token_endpoint_auth_methods_supported")] IReadOnlyList<string> TokenEndpointAuthMethodsSupported,
    [property: JsonPropertyName("revocation_endpoint_auth_methods_supported")] IReadOnlyList<string> RevocationEndpointAuthMethodsSupported);

/// <summary>A JSON Web Key Set with the public key that signs access tokens (RFC 7517).</summary>
public sealed record JsonWebKeySet([property: JsonPropertyName("keys")] IReadOnlyList<PublicJsonWebKey> Keys);

public sealed record PublicJsonWebKey(
    [property: JsonPropertyName("kty")] string KeyType,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("kid")] string KeyId,
    [property: JsonPropertyName("n")] string Modulus,
    [property: JsonPropertyName("e")] string Exponent);

/// <summary>Well-known documents of their own standards (OpenID Connect, RFC 7517), not API operations: outside OpenAPI.</summary>
[ApiController]
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DiscoveryController(AuthServerIssuer issuer, TokenSigningKeyStore keys) : ControllerBase
{
    /// <summary>The issuer and the token, revocation and key endpoints, all under the issuer.</summary>
    [HttpGet("/.well-known/openid-configuration")]
    public OpenIdConfiguration GetConfiguration() => new(
        issuer.For(Request),
        issuer.Endpoint(Request, AuthServerIssuer.TokenPath),
        issuer.Endpoint(Request, AuthServerIssuer.RevocationPath),
        issuer.Endpoint(Request, AuthServerIssuer.JwksPath),
        ["password", "refresh_token"],
        [TokenIssuer.OfflineAccessScope, TokenIssuer.Audience],
        // A public client (ABP's Angular app, scripts): it proves nothing but its client_id.
        ["none"],
        ["none"]);

    /// <summary>The public key that signs access tokens, to check them without asking the server.</summary>
    [HttpGet(AuthServerIssuer.JwksPath)]
    public JsonWebKeySet GetKeys()
    {
        var key = keys.PublicJsonWebKey;
        return new JsonWebKeySet([new PublicJsonWebKey(key.Kty, key.Use, key.Alg, key.Kid, key.N, key.E)]);
    }
}
