using System.Globalization;
using Microsoft.AspNetCore.Routing;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI;

/// <summary>Paging of a server-rendered list: <c>?skip=20&amp;max=20</c> plus the list's filters.</summary>
public sealed class PagerModel
{
    public const int DefaultMax = 20;
    public const int MaxMax = 1000;

    public PagerModel(long totalCount, int skip, int max, IReadOnlyDictionary<string, string?> routeValues)
    {
        TotalCount = totalCount;
        Skip = skip;
        Max = max;
        RouteValues = routeValues;
    }

    public long TotalCount { get; }
    public int Skip { get; }
    public int Max { get; }
    public IReadOnlyDictionary<string, string?> RouteValues { get; }

    public int PageCount => (int)Math.Max(1, (TotalCount + Max - 1) / Max);
    public int CurrentPage => Skip / Max + 1;
    public long First => TotalCount == 0 ? 0 : Skip + 1;
    public long Last => Math.Min(TotalCount, (long)Skip + Max);

    /// <summary>Pages to link: the first, the last and two on each side of the current one.</summary>
    public IEnumerable<int> VisiblePages()
    {
        var pages = new SortedSet<int> { 1, PageCount };
        for (var p = CurrentPage - 2; p <= CurrentPage + 2; p++)
        {
            if (p >= 1 && p <= PageCount)
            {
                pages.Add(p);
            }
        }
        return pages;
    }

    public RouteValueDictionary RouteFor(int page)
    {
        var values = new RouteValueDictionary();
        foreach (var (key, value) in RouteValues.Where(v => !string.IsNullOrEmpty(v.Value)))
        {
            values[key] = value;
        }
        values["skip"] = ((page - 1) * Max).ToString(CultureInfo.InvariantCulture);
        values["max"] = Max.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    public static int ClampSkip(int skip) => Math.Max(0, skip);

    public static int ClampMax(int max) => max <= 0 ? DefaultMax : Math.Min(max, MaxMax);
}
