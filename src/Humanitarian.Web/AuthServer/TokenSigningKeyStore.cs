using System.Security.Cryptography;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Humanitarian.Web.AuthServer;

/// <summary>
/// The key that signs and checks access tokens: from <see cref="AuthServerOptions.SigningKeyPath"/>, or
/// the one kept in the database (made on first use). Read once per process; it is asked for
/// synchronously by the token handler, so it is read with EF's synchronous calls.
/// </summary>
public sealed class TokenSigningKeyStore(
    IOptions<AuthServerOptions> options, IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock)
    : ISingletonDependency
{
    private readonly Lock _lock = new();
    private RsaSecurityKey? _key;

    /// <summary>The key; a failure to read it (database not ready) is not remembered, so the next call tries again.</summary>
    public RsaSecurityKey Key
    {
        get
        {
            if (_key is { } key)
            {
                return key;
            }
            lock (_lock)
            {
                return _key ??= WithKeyId(options.Value.SigningKeyPath is { Length: > 0 } path
                    ? FromPem(File.ReadAllText(path))
                    : LoadOrCreate(scopes, dataProtection.CreateProtector("Humanitarian.AuthServer.SigningKey"), clock));
            }
        }
    }

    /// <summary>The public half, as the JWKS document publishes it.</summary>
    public JsonWebKey PublicJsonWebKey
    {
        get
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(Key.Rsa.ExportParameters(false)) { KeyId = Key.KeyId });
            jwk.Use = JsonWebKeyUseNames.Sig;
            jwk.Alg = SecurityAlgorithms.RsaSha256;
            return jwk;
        }
    }

    private static RSA LoadOrCreate(IServiceScopeFactory scopes, IDataProtector protector, TimeProvider clock)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        if (db.Set<TokenSigningKey>().AsNoTracking().FirstOrDefault(k => k.Id == TokenSigningKey.CurrentId) is { } stored)
        {
            return FromPem(protector.Unprotect(stored.ProtectedPrivateKey));
        }
        var rsa = RSA.Create(2048);
        db.Set<TokenSigningKey>().Add(new TokenSigningKey(protector.Protect(rsa.ExportPkcs8PrivateKeyPem()), clock.GetUtcNow().UtcDateTime));
        try
        {
            db.SaveChanges();
            return rsa;
        }
        catch (DbUpdateException)
        {
            // Another server stored its key first: everyone signs with that one.
            db.ChangeTracker.Clear();
            var winner = db.Set<TokenSigningKey>().AsNoTracking().First(k => k.Id == TokenSigningKey.CurrentId);
            return FromPem(protector.Unprotect(winner.ProtectedPrivateKey));
        }
    }

    private static RSA FromPem(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    /// <summary>The key id is the RFC 7638 thumbprint, the same on every server for the same key.</summary>
    private static RsaSecurityKey WithKeyId(RSA rsa)
    {
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
