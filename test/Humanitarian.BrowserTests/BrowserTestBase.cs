namespace Humanitarian.BrowserTests;

/// <summary>Each test gets its own browser context (no cookies shared with other tests) on the collection's app.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTestBase(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private BrowserSession? _session;

    protected BrowserFixture Fixture => fixture;

    protected ITestOutputHelper Output => output;

    protected BrowserSession Session => _session ?? throw new InvalidOperationException("The session is not started.");

    protected IPage Page => Session.Page;

    /// <summary>The browser's language for this class's tests; null keeps Playwright's default.</summary>
    protected virtual string? Locale => null;

    /// <summary>A name no other test run uses: lower-case hex, valid in a tenant slug or a user name.</summary>
    protected static string UniqueSuffix() => Guid.NewGuid().ToString("N")[..6];

    public async Task InitializeAsync()
    {
        output.WriteLine($"app {fixture.Host.BaseAddress} (started in {fixture.HostStartup.TotalSeconds:0.0}s), " +
                         $"Chromium {fixture.Browser.Version} (started in {fixture.BrowserStartup.TotalSeconds:0.0}s)");
        _session = await fixture.NewSessionAsync(output, Locale);
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}
