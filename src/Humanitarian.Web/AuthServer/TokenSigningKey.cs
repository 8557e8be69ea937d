using Humanitarian.Framework.Domain;

namespace Humanitarian.Web.AuthServer;

/// <summary>
/// The RSA key that signs access tokens when no key file is configured (table AbpTokenSigningKeys): one
/// row with a fixed id, so two servers starting at once cannot both create one. The private key is
/// stored encrypted with the Data Protection keys every server shares.
/// </summary>
public sealed class TokenSigningKey : Entity<Guid>
{
    public static readonly Guid CurrentId = new("6b1f3c52-0d0e-4c67-9a43-4f1f6a1e2a01");

    public string ProtectedPrivateKey { get; private set; } = "";
    public DateTime CreationTime { get; private set; }

    private TokenSigningKey() { }

    public TokenSigningKey(string protectedPrivateKey, DateTime creationTime) : base(CurrentId)
    {
        ProtectedPrivateKey = protectedPrivateKey;
        CreationTime = creationTime;
    }
}
