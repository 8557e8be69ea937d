using System.Linq.Expressions;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Framework.Application;

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
            var property = allowed.FirstOrDefault(a => a.Key.Equals(parts[0], StringComparison.OrdinalIgnoreCase)).Value
                           ?? throw new AbpValidationException($"Cannot sort by '{parts[0]}'.", "sorting");
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
