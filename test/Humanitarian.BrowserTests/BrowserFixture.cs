using System.Diagnostics;
using Xunit.Sdk;

namespace Humanitarian.BrowserTests;

/// <summary>
/// One running host and one headless Chromium for the whole collection; each test opens its own
/// browser context (cookies, storage) through <see cref="NewSessionAsync"/>.
/// </summary>
public sealed class BrowserFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>How long a web-first assertion (Expect) or an action waits for its condition.</summary>
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(20);

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HostProcess? _host;

    public HostProcess Host => _host ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Time to start the host (until /health = 200) and the browser, for the report.</summary>
    public TimeSpan HostStartup => Host.StartupTime;

    public TimeSpan BrowserStartup { get; private set; }

    /// <summary>Debian's Chromium (etc/test.sh exports its path); Playwright never downloads one here.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout((float)WaitTimeout.TotalMilliseconds);
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException(
                $"Chromium not found at {ChromiumPath}: install Debian's chromium package (etc/test.sh does) or set HUMANITARIAN_TEST_CHROMIUM.",
                ChromiumPath);
        }
        _host = await HostProcess.StartAsync();
        var watch = Stopwatch.StartNew();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        BrowserStartup = watch.Elapsed;
        Say($"host {Host.BaseAddress} healthy after {HostStartup.TotalSeconds:0.0}s; Chromium {Browser.Version} ({ChromiumPath}) started in {BrowserStartup.TotalSeconds:0.0}s");
    }

    private void Say(string message) => diagnostics.OnMessage(new DiagnosticMessage(message));

    /// <summary>A fresh browser context (no cookies) with one page that records its console errors and CSP violations.</summary>
    public Task<BrowserSession> NewSessionAsync(ITestOutputHelper output, string? locale = null) => BrowserSession.StartAsync(this, output, locale);

    public async Task DisposeAsync()
    {
        var watch = Stopwatch.StartNew();
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Say($"browser closed, host stopped and its database deleted in {watch.Elapsed.TotalSeconds:0.0}s");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
