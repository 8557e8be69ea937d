using System.Security.Cryptography;
using System.Text;
using Humanitarian.Beneficiaries.Domain.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// National IDs at rest: encrypted with Data Protection (whose keys the servers share through the
/// database), and hashed with a keyed HMAC so that the same number is found again without decrypting
/// every record — a plain hash of a 9- or 12-digit number would be reversed by trying them all.
/// </summary>
public sealed class NationalIdProtector(IDataProtectionProvider protection, IServiceScopeFactory scopes) : ISingletonDependency
{
    private const string Purpose = "Humanitarian.Beneficiaries.NationalId";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _hashKey;

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public string Protect(NationalId id) => Protector.Protect(id.Digits);

    public string Unprotect(string protectedValue) => Protector.Unprotect(protectedValue);

    public async Task<string> HashAsync(NationalId id) =>
        Convert.ToHexString(HMACSHA256.HashData(await GetHashKeyAsync(), Encoding.ASCII.GetBytes(id.Digits)));

    /// <summary>
    /// Made at start-up (<see cref="Data.Seeding.NationalIdKeySeedContributor"/>), outside any request: on SQLite a request's
    /// transaction holds the write lock, and a key made in a scope of its own from inside it would wait forever.
    /// </summary>
    public async Task EnsureKeyAsync() => await GetHashKeyAsync();

    private async Task<byte[]> GetHashKeyAsync()
    {
        if (_hashKey is { } known)
        {
            return known;
        }
        await _loading.WaitAsync();
        try
        {
            return _hashKey ??= await LoadOrCreateAsync();
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>In a scope of its own: the caller's unit of work may be rolled back, the key must stay.</summary>
    private async Task<byte[]> LoadOrCreateAsync()
    {
        using var scope = scopes.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>();
        var keys = dbContext.Set<NationalIdKey>();
        if (await keys.AsNoTracking().FirstOrDefaultAsync() is not { } stored)
        {
            keys.Add(new NationalIdKey(Protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
            try
            {
                await dbContext.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another server made it first; its key is the one.
            }
            dbContext.ChangeTracker.Clear();
            stored = await keys.AsNoTracking().FirstAsync();
        }
        return Convert.FromBase64String(Protector.Unprotect(stored.ProtectedKey));
    }
}
