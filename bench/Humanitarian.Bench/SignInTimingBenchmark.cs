using System.Diagnostics;
using System.Globalization;
using System.Net;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;

namespace Humanitarian.Bench;

/// <summary>
/// How long a wrong password takes for a user that exists and for a name that does not: the two must
/// not differ, or timings tell which names exist. Every attempt comes from an address of its own, so
/// none of them is answered by the sign-in throttle (which does no hash work).
/// </summary>
public sealed class SignInTimingBenchmark(DatabaseProvider provider, int tries)
{
    private const int WarmUp = 5;
    private int _address;

    public async Task<string> RunAsync()
    {
        await using var factory = new HumanitarianWebFactory(provider);
        await factory.WaitUntilReadyAsync();
        var existing = new List<double>();
        var missing = new List<double>();
        // Interleaved, so a slow phase of the machine weighs on both alike.
        for (var i = 0; i < tries + WarmUp; i++)
        {
            var forExisting = await TimeAsync(factory, "admin");
            var forMissing = await TimeAsync(factory, "no-such-user");
            if (i >= WarmUp)
            {
                existing.Add(forExisting);
                missing.Add(forMissing);
            }
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {tries} | {Statistics.Median(existing):0.0} ms | {Statistics.Median(missing):0.0} ms |");
    }

    private async Task<double> TimeAsync(HumanitarianWebFactory factory, string userName)
    {
        _address++;
        using var client = new ApiClient(
            TestClientAddress.From(factory.CreateApiClient(), $"10.99.{_address / 250}.{_address % 250 + 1}"), null);
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/api/account/login", new { userNameOrEmailAddress = userName, password = "Sai-mat-khau@1" });
        watch.Stop();
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains("\"result\":2", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected answer for {userName}: {(int)response.StatusCode} {body}");
        }
        return watch.Elapsed.TotalMilliseconds;
    }
}
