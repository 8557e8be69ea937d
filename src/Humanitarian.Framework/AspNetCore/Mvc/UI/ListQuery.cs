using System.Globalization;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI;

/// <summary>
/// The search and page a list page is asked for: <c>?filter=…&amp;skip=…&amp;max=…</c>. A page binds it
/// with <c>[BindProperty(SupportsGet = true)] public ListQuery Query { get; set; } = new();</c>; since no
/// value carries a "Query." prefix, MVC falls back to the short names.
/// </summary>
public sealed class ListQuery
{
    /// <summary>What the app services accept (<c>PagedAndSortedFilterRequestDto.Filter</c>).</summary>
    public const int MaxFilterLength = 256;

    public string? Filter { get; set; }
    public int Skip { get; set; }
    public int Max { get; set; } = PagerModel.DefaultMax;

    /// <summary>A malformed or out-of-range page falls back to the defaults; the search is trimmed and cut to fit.</summary>
    public void Normalize()
    {
        Skip = PagerModel.ClampSkip(Skip);
        Max = PagerModel.ClampMax(Max);
        Filter = Filter?.Trim() is { Length: > 0 } filter ? filter[..Math.Min(filter.Length, MaxFilterLength)] : null;
    }

    /// <summary>The pager, its links keeping the search and the page's other <paramref name="filters"/>.</summary>
    public PagerModel Pager(long totalCount, params (string Key, object? Value)[] filters) =>
        new(totalCount, Skip, Max, RouteValues([("filter", Filter), .. filters]));

    /// <summary>The list as it is (search, page and other filters), for links and the redirect after a change.</summary>
    public Dictionary<string, string?> Route(params (string Key, object? Value)[] filters) =>
        RouteValues([("filter", Filter), .. filters, ("skip", Skip), ("max", Max)]);

    /// <summary>Route values as the query string writes them: invariant numbers, ISO dates, lower-case booleans.</summary>
    public static Dictionary<string, string?> RouteValues(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value switch
        {
            null => null,
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => v.Value.ToString(),
        });
}
