namespace Humanitarian.Bench;

/// <summary>Summaries of repeated timings.</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Nearest rank: the smallest time at least 95 % of the runs did not exceed.</summary>
    public static double P95(IReadOnlyList<double> values) => values.Order().ElementAt((int)Math.Ceiling(values.Count * 0.95) - 1);
}
