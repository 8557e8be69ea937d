using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Humanitarian.Web.Data;

namespace Humanitarian.TestBase;

/// <summary>
/// The built host started as its own process, the way a newcomer runs it:
/// <c>dotnet src/Humanitarian.Web/bin/&lt;Configuration&gt;/net10.0/Humanitarian.Web.dll --urls http://127.0.0.1:&lt;port&gt;</c>
/// from that folder, with the demo data, on a throwaway SQLite file or on the database
/// <see cref="HostProcessOptions"/> name. Disposing kills it and deletes the file (a database it was given stays).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const string DemoPassword = "Nhandao@2024!";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private const int OutputLinesKept = 300;

    private readonly Process _process;
    private readonly string? _databaseFile;
    private readonly ConcurrentQueue<string> _output;

    private HostProcess(Process process, Uri baseAddress, string? databaseFile, ConcurrentQueue<string> output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _databaseFile = databaseFile;
        _output = output;
    }

    /// <summary><c>http://127.0.0.1:port</c>, without a trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How long from starting the process until <c>/health</c> answered 200.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>The last lines the app wrote (stdout and stderr), for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the host and waits until it answers <c>GET /health</c> with 200.</summary>
    public static async Task<HostProcess> StartAsync(HostProcessOptions? options = null)
    {
        options ??= new HostProcessOptions();
        var layout = BuildLayout.Find();
        // A port is picked free, then released for the app: another process may take it in between,
        // so a start that dies early is tried again on another port.
        Exception? last = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var host = Launch(layout, LoopbackPort.Free(), options);
            try
            {
                await host.WaitUntilHealthyAsync();
                return host;
            }
            catch (HostExitedException e)
            {
                last = e;
                await host.DisposeAsync();
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }
        throw last!;
    }

    private static HostProcess Launch(BuildLayout layout, int port, HostProcessOptions options)
    {
        var databaseFile = options.ConnectionString is null
            ? Path.Combine(Path.GetTempPath(), $"humanitarian-host-{Guid.NewGuid():N}.db")
            : null;
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = layout.HostDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(layout.HostAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));

        // Nothing of the test run's own environment may choose the app's database, URL or environment.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DemoData__", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("RateLimiting__", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }
        start.Environment["ConnectionStrings__Default"] = options.ConnectionString ?? $"Data Source={databaseFile}";
        start.Environment["Database__Provider"] = options.Provider.ToString();
        start.Environment["DemoData__Enabled"] = "true";
        // Every test signs in through the form: the per-address limit (20 a minute) is not under test here.
        start.Environment["RateLimiting__SignInPermitLimit"] = "1000";
        // ABP's Angular admin UI as etc/build-angular.sh builds it, wherever the host's output folder is.
        start.Environment["AngularAdmin__Path"] = Path.Combine(layout.RepositoryRoot, "src", "angular", "dist", "Humanitarian", "browser");
        // The national SMTP server is the test run's sink (etc/test.sh), on the port the run chose.
        if (Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_SMTP_PORT") is { Length: > 0 } smtpPort)
        {
            start.Environment["Settings__Abp.Mailing.Smtp.Port"] = smtpPort;
        }
        foreach (var (key, value) in options.Environment)
        {
            start.Environment[key] = value;
        }

        var output = new ConcurrentQueue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }
            output.Enqueue(line);
            while (output.Count > OutputLinesKept && output.TryDequeue(out _))
            {
            }
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName} {layout.HostAssembly}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, baseAddress, databaseFile, output);
    }

    private async Task WaitUntilHealthyAsync()
    {
        var watch = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        HttpStatusCode? lastStatus = null;
        string? lastError = null;
        while (watch.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new HostExitedException(
                    $"The host exited with code {_process.ExitCode} before /health answered 200. Its output:{Environment.NewLine}{RecentOutput}");
            }
            try
            {
                using var response = await http.GetAsync("/health");
                lastStatus = response.StatusCode;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartupTime = watch.Elapsed;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastError = e.Message; // not listening yet
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        throw new TimeoutException(
            $"{BaseAddress}health did not answer 200 within {StartTimeout} (last status {lastStatus?.ToString() ?? "none"}, " +
            $"last error {lastError ?? "none"}). The host's output:{Environment.NewLine}{RecentOutput}");
    }

    /// <summary>Kills the host at once, as a crash or <c>kill -9</c> would (no graceful shutdown), and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cancel.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // never started
        }
        finally
        {
            _process.Dispose();
            if (_databaseFile is not null)
            {
                DeleteSqliteFiles(_databaseFile);
            }
        }
    }

    private static void DeleteSqliteFiles(string databaseFile)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(databaseFile + suffix);
            }
            catch (IOException)
            {
                // a leftover temp file is harmless
            }
        }
    }

    /// <summary>The SDK tells child processes where its dotnet is; else the one on PATH.</summary>
    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    private sealed class HostExitedException(string message) : Exception(message);
}

/// <summary>The database a <see cref="HostProcess"/> runs on and what else its environment sets.</summary>
public sealed record HostProcessOptions
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>The database, which the caller owns (several processes may share it); null: a throwaway SQLite file.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Further environment variables of the app, e.g. <c>Emailing__DispatchIntervalSeconds</c>; set last, so they win.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}

/// <summary>Where the built host is: the same Configuration and target framework as the running test assembly.</summary>
public sealed record BuildLayout(string RepositoryRoot, string Configuration, string TargetFramework)
{
    public string HostDirectory => Path.Combine(RepositoryRoot, "src", "Humanitarian.Web", "bin", Configuration, TargetFramework);

    public string HostAssembly => Path.Combine(HostDirectory, "Humanitarian.Web.dll");

    public static BuildLayout Find()
    {
        var baseDirectory = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        // …/<test project>/bin/<Configuration>/<TargetFramework>
        var parts = baseDirectory.Split(Path.DirectorySeparatorChar);
        var bin = Array.LastIndexOf(parts, "bin");
        if (bin < 0 || bin + 2 >= parts.Length)
        {
            throw new InvalidOperationException($"The test assembly is not in a bin/<Configuration>/<TargetFramework> folder: {baseDirectory}");
        }
        var root = new DirectoryInfo(baseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Humanitarian.abpsln")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException($"Humanitarian.abpsln not found above {baseDirectory}");
        }
        var layout = new BuildLayout(root.FullName, parts[bin + 1], parts[bin + 2]);
        if (!File.Exists(layout.HostAssembly))
        {
            throw new FileNotFoundException(
                $"The host is not built: {layout.HostAssembly} is missing. Build the solution (dotnet build Humanitarian.slnx -c {layout.Configuration}) first.",
                layout.HostAssembly);
        }
        return layout;
    }
}
