using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Humanitarian.Bench;

/// <summary>
/// Drives a URL with <c>wrk</c> (2 threads, 4 connections, latency distribution) and reads its answer:
/// requests per second and the median and 99th percentile latencies. Shared by the list benchmarks.
/// </summary>
public static partial class Wrk
{
    public sealed record Result(double RequestsPerSecond, double P50Ms, double P99Ms);

    public static bool IsInstalled => File.Exists("/usr/bin/wrk") || Which("wrk") is not null;

    public static async Task<Result> RunAsync(string url, string[] headers, int duration)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", "-c4", $"-d{duration}s", "--latency", "--timeout", "60s" })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var header in headers)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add(header);
        }
        start.ArgumentList.Add(url);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // A timeout (over 60 s) or a failed connection is a result to report; an error answer is not.
        if (process.ExitCode != 0 || NonSuccess().IsMatch(output))
        {
            throw new InvalidOperationException($"wrk on {url} failed or had errors:\n{output}{await process.StandardError.ReadToEndAsync()}");
        }
        if (SocketErrors().Match(output) is { Success: true } errors)
        {
            Console.WriteLine($"wrk on {url}: {errors.Value}");
        }
        return new Result(
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50%"), Percentile(output, "99%"));
    }

    /// <summary>The 1-minute load average, to note beside each figure (the 2 cores are shared).</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>A line of wrk's latency distribution, e.g. <c>99%   12.34ms</c>, in milliseconds.</summary>
    private static double Percentile(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"No {percentile} latency in wrk's output:\n{output}");
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors:.*")]
    private static partial Regex SocketErrors();

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
