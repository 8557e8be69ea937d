using System.Text.Json;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI;

/// <summary>Chart.js configurations for <c>&lt;canvas data-chart="…"&gt;</c>, which site.js draws (no inline script).</summary>
public static class Charts
{
    /// <summary>One bar per label, counts from zero in whole numbers, no legend (the card's title says what is counted).</summary>
    public static string Bar(string label, IEnumerable<string> labels, IEnumerable<long> values) =>
        JsonSerializer.Serialize(new
        {
            type = "bar",
            data = new
            {
                labels = labels.ToList(),
                datasets = new[] { new { label, data = values.ToList() } },
            },
            options = new
            {
                plugins = new { legend = new { display = false } },
                scales = new { y = new { beginAtZero = true, ticks = new { precision = 0 } } },
            },
        }, JsonOptions);

    /// <summary>
    /// Several series side by side per label (a month's money received and spent), from zero, with a legend
    /// naming the series since the card's title cannot say which bar is which.
    /// </summary>
    public static string Bars(IEnumerable<string> labels, params (string Label, IEnumerable<long> Values)[] series) =>
        JsonSerializer.Serialize(new
        {
            type = "bar",
            data = new
            {
                labels = labels.ToList(),
                datasets = series.Select(s => new { label = s.Label, data = s.Values.ToList() }).ToList(),
            },
            options = new
            {
                scales = new { y = new { beginAtZero = true, ticks = new { precision = 0 } } },
            },
        }, JsonOptions);

    // Vietnamese labels as they are ("Xã Mường Phăng", not \u escapes); Razor encodes the attribute.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
