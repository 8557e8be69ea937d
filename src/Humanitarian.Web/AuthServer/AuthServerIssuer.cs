using Humanitarian.Framework.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.AuthServer;

/// <summary>The issuer and the endpoint addresses the discovery document announces, all under the issuer.</summary>
public sealed class AuthServerIssuer(IOptions<AuthServerOptions> options) : ISingletonDependency
{
    public const string TokenPath = "/connect/token";
    public const string RevocationPath = "/connect/revocat";
    public const string JwksPath = "/.well-known/jwks";

    /// <summary>The configured authority exactly as written, else the address this request came to (after forwarded headers).</summary>
    public string For(HttpRequest request) =>
        options.Value.Authority is { Length: > 0 } authority ? authority : $"{request.Scheme}://{request.Host}{request.PathBase}/";

    public string Endpoint(HttpRequest request, string path) => For(request).TrimEnd('/') + path;
}
