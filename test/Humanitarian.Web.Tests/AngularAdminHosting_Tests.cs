using System.Net;
using Humanitarian.Web.Data;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The host serves the build of ABP's Angular admin UI (src/angular) at /angular/, from the folder
/// <c>AngularAdmin:Path</c> names; before there is a build, a page says which command makes one. This
/// class runs its own app on a scratch folder, so it can see the folder before and after a build.
/// </summary>
public sealed class AngularAdminHosting_Tests(AngularAdminHosting_Tests.App app) : IClassFixture<AngularAdminHosting_Tests.App>
{
    private const string Index = """<!doctype html><html><head><base href="/angular/"></head><body><app-root></app-root><script src="main-TEST.js" type="module"></script></body></html>""";

    /// <summary>The app, with <c>AngularAdmin:Path</c> a scratch folder that does not exist yet.</summary>
    public sealed class App : IAsyncLifetime
    {
        public string Build { get; } = Path.Combine(Path.GetTempPath(), $"humanitarian-angular-{Guid.NewGuid():N}");

        public HumanitarianWebFactory Factory { get; }

        public App() => Factory = new(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["AngularAdmin:Path"] = Build });

        public Task InitializeAsync() => Factory.WaitUntilReadyAsync();

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            if (Directory.Exists(Build))
            {
                Directory.Delete(Build, recursive: true);
            }
        }
    }

    private HttpClient Browser() => app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task Should_name_the_build_command_until_built_then_serve_the_build_with_its_routes_without_a_restart()
    {
        using var http = Browser();

        // No build yet: a short page in Vietnamese says how to make one.
        using (var notBuilt = await http.GetAsync("/angular/identity/users"))
        {
            notBuilt.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var page = await notBuilt.Content.ReadAsStringAsync();
            page.ShouldContain("Giao diện quản trị ABP Angular chưa được build");
            page.ShouldContain("etc/build-angular.sh");
        }

        // The build appears while the host runs (ng build makes the folder).
        Directory.CreateDirectory(app.Build);
        await File.WriteAllTextAsync(Path.Combine(app.Build, "index.html"), Index);
        await File.WriteAllTextAsync(Path.Combine(app.Build, "main-TEST.js"), "console.log('app');");

        // A deep link of the app's router gets index.html, never cached: the next build names other scripts.
        using (var deepLink = await http.GetAsync("/angular/identity/users"))
        {
            deepLink.StatusCode.ShouldBe(HttpStatusCode.OK);
            deepLink.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            deepLink.Headers.CacheControl!.NoCache.ShouldBeTrue();
            (await deepLink.Content.ReadAsStringAsync()).ShouldBe(Index);
        }
        using (var script = await http.GetAsync("/angular/main-TEST.js"))
        {
            script.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await script.Content.ReadAsStringAsync()).ShouldBe("console.log('app');");
        }
        // A script of an older build is missing, not answered with HTML the browser would run as script.
        (await http.GetAsync("/angular/chunk-OLD.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Without the trailing slash the app's relative addresses would miss.
        using var bare = await http.GetAsync("/angular?x=1");
        bare.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        bare.Headers.Location!.OriginalString.ShouldBe("/angular/?x=1");
    }

    [Fact]
    public async Task Should_allow_inline_styles_to_the_angular_app_only_and_no_inline_script()
    {
        using var http = Browser();

        using var app = await http.GetAsync("/angular/");
        var appPolicy = app.Headers.GetValues("Content-Security-Policy").Single();
        // Scripts: the app's files, and by their hashes only ABP's two no-op javascript:void(0) links.
        var scripts = Directive(appPolicy, "script-src");
        scripts.ShouldNotContain("'unsafe-inline'");
        scripts.ShouldNotContain("'unsafe-eval'");
        scripts.Where(s => s.StartsWith("'sha256-", StringComparison.Ordinal)).Count().ShouldBe(2);
        Directive(appPolicy, "style-src").ShouldBe(["'self'", "'unsafe-inline'"]);
        Directive(appPolicy, "worker-src").ShouldBe(["'self'", "data:"]);
        Directive(appPolicy, "connect-src").ShouldBe(["'self'"]);

        // The server-rendered pages keep the strict policy.
        using var login = await http.GetAsync("/Account/Login");
        var pagePolicy = login.Headers.GetValues("Content-Security-Policy").Single();
        Directive(pagePolicy, "script-src").ShouldBe(["'self'"]);
        Directive(pagePolicy, "style-src").ShouldBe(["'self'"]);
        pagePolicy.ShouldNotContain("worker-src");
    }

    /// <summary>The sources of one directive of a Content-Security-Policy.</summary>
    private static string[] Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(d => d[0] == name)[1..];
}
