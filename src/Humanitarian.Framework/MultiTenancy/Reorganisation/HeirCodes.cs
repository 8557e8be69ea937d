using System.Linq.Expressions;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.MultiTenancy.Reorganisation;

/// <summary>
/// Codes of records moving to another tenant: a code the destination already uses (folded, as the
/// unique indexes compare) becomes "CODE-source". One instance per reorganisation remembers, per kind of
/// record and destination, the codes taken so far, so two arrivals never get the same one.
/// </summary>
/// <param name="sourceName">The closing tenant's name, appended to clashing codes.</param>
public sealed class HeirCodes(IDataFilter dataFilter, string sourceName)
{
    private readonly Dictionary<(Type, Guid), HashSet<string>> _taken = [];

    /// <summary>
    /// Null when <paramref name="code"/> is free at <paramref name="tenantId"/> (and claims it); else the
    /// first free "code-source", "code-source-2", ... (claimed too), cut to fit <paramref name="maxLength"/>.
    /// </summary>
    /// <param name="normalizedCode">The record's folded code column; null on deleted records (they released it).</param>
    public async Task<string?> FreeCodeAsync<TEntity>(IRepository<TEntity, Guid> repository, Guid tenantId,
        string code, int maxLength, Expression<Func<TEntity, string?>> normalizedCode)
        where TEntity : class, IEntity<Guid>, IMultiTenant
    {
        if (!_taken.TryGetValue((typeof(TEntity), tenantId), out var taken))
        {
            taken = await CodesOfAsync(repository, tenantId, normalizedCode);
            _taken[(typeof(TEntity), tenantId)] = taken;
        }
        if (taken.Add(SearchText.Normalize(code)))
        {
            return null;
        }
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? $"-{sourceName}" : $"-{sourceName}-{n}";
            var candidate = code[..Math.Min(code.Length, maxLength - suffix.Length)] + suffix;
            if (taken.Add(SearchText.Normalize(candidate)))
            {
                return candidate;
            }
        }
    }

    private async Task<HashSet<string>> CodesOfAsync<TEntity>(
        IRepository<TEntity, Guid> repository, Guid tenantId, Expression<Func<TEntity, string?>> code)
        where TEntity : class, IEntity<Guid>, IMultiTenant
    {
        using (dataFilter.Disable<IMultiTenant>())
        {
            var codes = await (await repository.GetQueryableAsync()).Where(e => e.TenantId == tenantId)
                .Select(code).Where(c => c != null).ToListAsync();
            return codes.Select(c => c!).ToHashSet(StringComparer.Ordinal);
        }
    }
}
