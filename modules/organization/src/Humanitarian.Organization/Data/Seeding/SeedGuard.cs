using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data.Seeding;

internal static class SeedGuard
{
    /// <summary>Whether the current tenant has rows of this kind, deleted ones included (a deletion is an admin's choice).</summary>
    public static async Task<bool> HasAnyAsync<TEntity>(IAbpEfCoreDbContext dbContext, IDataFilter dataFilter)
        where TEntity : class
    {
        using (dataFilter.Disable<ISoftDelete>())
        {
            return await dbContext.Set<TEntity>().AnyAsync();
        }
    }

    public static TValue Require<TValue>(this IReadOnlyDictionary<string, TValue> byCode, string code, string what) =>
        byCode.TryGetValue(code, out var value)
            ? value
            : throw new InvalidOperationException($"Seed data names an unknown {what} '{code}'.");
}
