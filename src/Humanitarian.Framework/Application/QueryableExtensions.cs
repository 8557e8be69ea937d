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
    /// </summary>
    public static IQueryable<T> ApplySorting<T>(
        this IQueryable<T> query, string? sorting, string defaultSorting, IReadOnlyDictionary<string, string> allowed)
    {
        var keys = (string.IsNullOrWhiteSpace(sorting) ? defaultSorting : sorting)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ordered = false;
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
            var parameter = Expression.Parameter(typeof(T), "e");
            var body = Expression.PropertyOrField(parameter, property);
            var lambda = Expression.Lambda(body, parameter);
            var method = (ordered, descending) switch
            {
                (false, false) => nameof(Queryable.OrderBy),
                (false, true) => nameof(Queryable.OrderByDescending),
                (true, false) => nameof(Queryable.ThenBy),
                (true, true) => nameof(Queryable.ThenByDescending),
            };
            query = (IQueryable<T>)query.Provider.CreateQuery(Expression.Call(
                typeof(Queryable), method, [typeof(T), body.Type], query.Expression, Expression.Quote(lambda)));
            ordered = true;
        }
        return query;
    }

    public static IQueryable<T> PageBy<T>(this IQueryable<T> query, PagedResultRequestDto input) =>
        query.Skip(input.SkipCount).Take(input.MaxResultCount);
}
