using System.Linq.Expressions;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Framework.Application;

/// <summary>A list was asked to sort by a key it does not offer: 400 on <c>sorting</c>, the message localized where it is answered.</summary>
public sealed class UnknownSortingException(string sorting) : AbpValidationException($"Cannot sort by '{sorting}'.", "sorting")
{
    public string Sorting { get; } = sorting;
}

public static class QueryableExtensions
{
    /// <summary>
    /// Applies a client's sorting ("name desc, creationTime") limited to <paramref name="allowed"/>
    /// (client name → entity property), else <paramref name="defaultSorting"/>. An unknown key is a 400.
    /// Rows of a type with an <c>Id</c> are then ordered by it, so that rows equal on the chosen keys
    /// ("Nguyễn Thị Lan" twice) keep one order from page to page instead of the database's whim.
    /// </summary>
    public static IQueryable<T> ApplySorting<T>(
        this IQueryable<T> query, string? sorting, string defaultSorting, IReadOnlyDictionary<string, string> allowed)
    {
        var keys = (string.IsNullOrWhiteSpace(sorting) ? defaultSorting : sorting)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ordered = false;
        var byId = false;
        foreach (var key in keys)
        {
            var parts = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            // Only "key", "key asc" and "key desc": anything else is as unknown as an unknown key.
            var property = parts.Length > 2 || (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase))
                ? null
                : allowed.FirstOrDefault(a => a.Key.Equals(parts[0], StringComparison.OrdinalIgnoreCase)).Value;
            if (property is null)
            {
                throw new UnknownSortingException(key);
            }
            query = query.OrderByMember(property, ordered, descending);
            ordered = true;
            byId |= property == IdMember;
        }
        return byId || typeof(T).GetProperty(IdMember) is null ? query : query.OrderByMember(IdMember, ordered, descending: false);
    }

    private const string IdMember = "Id";

    private static IQueryable<T> OrderByMember<T>(this IQueryable<T> query, string member, bool thenBy, bool descending)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var body = Expression.PropertyOrField(parameter, member);
        var lambda = Expression.Lambda(body, parameter);
        var method = (thenBy, descending) switch
        {
            (false, false) => nameof(Queryable.OrderBy),
            (false, true) => nameof(Queryable.OrderByDescending),
            (true, false) => nameof(Queryable.ThenBy),
            (true, true) => nameof(Queryable.ThenByDescending),
        };
        return (IQueryable<T>)query.Provider.CreateQuery(Expression.Call(
            typeof(Queryable), method, [typeof(T), body.Type], query.Expression, Expression.Quote(lambda)));
    }

    public static IQueryable<T> PageBy<T>(this IQueryable<T> query, PagedResultRequestDto input) =>
        query.Skip(input.SkipCount).Take(input.MaxResultCount);
}
