using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// One test's browser: its own context (cookies) and page. Records every console error, uncaught
/// script error and Content-Security-Policy violation the pages produce, so a test can require none.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Fired by the page for every CSP violation; reported back through an exposed function.</summary>
    private const string CspListener = """
        document.addEventListener('securitypolicyviolation', function (e) {
            window.__humanitarianCspViolation(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)')
                + ' at ' + (e.sourceFile || document.location.href) + ':' + e.lineNumber);
        }, true);
        """;

    private readonly ConcurrentQueue<string> _problems = new();
    private readonly List<Regex> _expectedProblems = [];
    private readonly ITestOutputHelper _output;
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private BrowserSession(IBrowserContext context, IPage page, Uri baseAddress, ITestOutputHelper output)
    {
        Context = context;
        Page = page;
        BaseAddress = baseAddress;
        _output = output;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>Where screenshots go: TestResults/screens under the test assembly's folder.</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "screens");

    /// <param name="locale">The browser's language (navigator.language, Accept-Language); Playwright's default when null.</param>
    internal static async Task<BrowserSession> StartAsync(BrowserFixture fixture, ITestOutputHelper output, string? locale)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = locale,
        });
        context.SetDefaultTimeout((float)BrowserFixture.WaitTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)BrowserFixture.WaitTimeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, fixture.Host.BaseAddress, output);
        await context.ExposeFunctionAsync("__humanitarianCspViolation", (string text) => session.AddProblem("CSP violation: " + text));
        await context.AddInitScriptAsync(CspListener);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.AddProblem($"console error: {message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => session.AddProblem("uncaught script error: " + error);
        return session;
    }

    private void AddProblem(string problem)
    {
        _problems.Enqueue(problem);
        Log(problem);
    }

    public void Log(string message)
    {
        try
        {
            _output.WriteLine($"[{_watch.Elapsed.TotalSeconds,6:0.00}s] {message}");
        }
        catch (InvalidOperationException)
        {
            // the test has already finished (a late console message)
        }
    }

    /// <summary>Opens a path of the app (<c>/Account/Login</c>) and returns the final response.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        response.ShouldNotBeNull($"no response for {path}");
        Log($"GET {path} → {response.Status} {Page.Url}");
        return response;
    }

    /// <summary>The layout's main navigation (the top bar).</summary>
    public ILocator Navigation => Page.Locator("#main-nav");

    /// <summary>A link of the main navigation by its visible text.</summary>
    public ILocator NavigationLink(string text) =>
        Navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = text, Exact = true });

    /// <summary>The form on the page's main part (not the layout's sign-out form).</summary>
    public ILocator MainForm => Page.Locator("main form[method=post]");

    /// <summary>Signs in through the sign-in form; the tenant field empty for the host.</summary>
    public async Task SignInAsync(string? tenantName, string userName, string password = HostProcess.DemoPassword)
    {
        if (!Page.Url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase))
        {
            await GotoAsync("/Account/Login");
        }
        await FillSignInFormAsync(tenantName, userName, password);
        await Expect(Page.Locator(".current-user-name")).ToHaveTextAsync(userName);
        Log($"signed in as {userName}@{tenantName ?? "host"} → {Page.Url}");
    }

    public async Task FillSignInFormAsync(string? tenantName, string userName, string password)
    {
        await Page.Locator("#Input_TenantName").FillAsync(tenantName ?? "");
        await Page.Locator("#Input_UserNameOrEmailAddress").FillAsync(userName);
        await Page.Locator("#Input_Password").FillAsync(password);
        await MainForm.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>Signs out through the user menu of the top bar.</summary>
    public async Task SignOutAsync()
    {
        await Page.Locator(".navbar-account .dropdown-toggle").Filter(new LocatorFilterOptions { Has = Page.Locator(".current-user-name") }).ClickAsync();
        await Page.Locator(".navbar-account form[action*='/Account/Logout'] button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login", RegexOptions.IgnoreCase));
        await Expect(Page.Locator(".current-user-name")).ToHaveCountAsync(0);
        Log("signed out → " + Page.Url);
    }

    /// <summary>A full-page PNG in <see cref="ScreenshotDirectory"/>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await WaitForChartsAsync();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        Log("screenshot " + path);
        return path;
    }

    /// <summary>
    /// Chart.js grows its bars for about a second after load: until every chart of the page is drawn
    /// and still, a screenshot would show them half-grown.
    /// </summary>
    public async Task WaitForChartsAsync()
    {
        await Page.WaitForFunctionAsync("""
            () => Array.from(document.querySelectorAll('canvas[data-chart]')).every(canvas => {
                const chart = window.Chart && window.Chart.getChart(canvas);
                return chart !== undefined && chart !== null && !window.Chart.animator.running(chart);
            })
            """);
    }

    /// <summary>
    /// A console error the test provokes on purpose, e.g. Chromium's "Failed to load resource: … 403"
    /// for a page that is opened only to see it refused.
    /// </summary>
    public void ExpectProblem(Regex problem) => _expectedProblems.Add(problem);

    /// <summary>No console error, uncaught script error or CSP violation on any page of this session so far.</summary>
    public void ShouldHaveNoPageProblems()
    {
        var unexpected = _problems.Where(p => !_expectedProblems.Any(e => e.IsMatch(p))).ToList();
        unexpected.ShouldBeEmpty("the pages reported problems:" + Environment.NewLine + string.Join(Environment.NewLine, unexpected));
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        Log("context closed");
    }
}
