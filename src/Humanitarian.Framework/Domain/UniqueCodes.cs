using Humanitarian.Framework.Text;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.Domain;

/// <summary>
/// Code uniqueness on the folded value, written once: "HN-01", "hn-01" and "HN‑01" with marks are one
/// code, as for the unique index, so SQLite and MariaDB agree. The index stays the last word under races.
/// </summary>
public sealed class UniqueCodes<TEntity>(IRepository<TEntity, Guid> repository) where TEntity : class, IHasNormalizedCode
{
    /// <param name="exceptId">The record keeping its own code on update.</param>
    /// <param name="takenCode">The error code; its text gets the code as <c>{code}</c>.</param>
    public async Task EnsureFreeAsync(string code, Guid? exceptId, string takenCode)
    {
        var normalized = SearchText.Normalize(code);
        if (await (await repository.GetQueryableAsync()).AnyAsync(e => e.NormalizedCode == normalized && e.Id != exceptId))
        {
            throw new BusinessException(takenCode).WithData("code", code.Trim()).WithMember("Code");
        }
    }
}
