using Humanitarian.Framework.Text;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Services.Units;

/// <summary>The unit list's filters, shared by the list and its Excel export so both show the same units.</summary>
internal static class UnitQueryExtensions
{
    /// <param name="visible">The caller's unit scope; null when the caller sees every unit of the tenant.</param>
    public static IQueryable<Unit> WithinScope(this IQueryable<Unit> query, IReadOnlySet<Guid>? visible)
    {
        if (visible is null)
        {
            return query;
        }
        var ids = visible.ToList();
        return query.Where(u => ids.Contains(u.Id));
    }

    /// <summary>Diacritic-insensitive search in name and code, then parent, kind and status when given.</summary>
    public static IQueryable<Unit> WhereListFilters(
        this IQueryable<Unit> query, string? filter, Guid? parentId, UnitKind? kind, bool? isActive)
    {
        var folded = SearchText.Normalize(filter);
        if (folded.Length > 0)
        {
            query = query.Where(u => u.NormalizedName.Contains(folded) || u.NormalizedCode!.Contains(folded));
        }
        if (parentId is { } parent)
        {
            query = query.Where(u => u.ParentId == parent);
        }
        if (kind is { } k)
        {
            query = query.Where(u => u.Kind == k);
        }
        if (isActive is { } active)
        {
            query = query.Where(u => u.IsActive == active);
        }
        return query;
    }
}
