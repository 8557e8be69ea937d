namespace Humanitarian.Web.AuthServer;

/// <summary>The token server's settings (section <c>AuthServer</c>, ABP's name for it).</summary>
public sealed class AuthServerOptions
{
    public const string Section = "AuthServer";

    /// <summary>
    /// The issuer, used exactly as written (OpenID clients compare it character by character). Empty:
    /// the address the request came to, with a trailing slash — right for one address per deployment.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>
    /// A PEM file with the RSA private key that signs access tokens, the same file on every server.
    /// Empty: a key made on first use and kept in the database, encrypted with the Data Protection keys.
    /// </summary>
    public string? SigningKeyPath { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a refresh token (given for scope <c>offline_access</c>) can be used; each use gives a new one.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
}
