using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Humanitarian.Web.Tests;

/// <summary>
/// A folder of npm tools with a committed lock file (<c>etc/api-clients</c>: the OpenAPI checks;
/// <c>etc/abp-proxy</c>: ABP's proxy generator), installed with <c>npm ci</c> the first time a run needs them
/// (again only when the lock file changes).
/// </summary>
public sealed class NpmTools
{
    /// <summary>@redocly/cli, @hey-api/openapi-ts and typescript.</summary>
    public static NpmTools ApiClients { get; } = new("api-clients");

    /// <summary>@abp/ng.schematics, the Angular packages its proxies import, and typescript.</summary>
    public static NpmTools AbpProxy { get; } = new("abp-proxy");

    private readonly Lazy<Task> _installation;

    private NpmTools(string folder)
    {
        Directory = Path.Combine(BuildLayout.Find().RepositoryRoot, "etc", folder);
        _installation = new Lazy<Task>(InstallAsync);
    }

    public string Directory { get; }

    /// <summary>Runs <c>node_modules/.bin/{tool}</c> in <paramref name="workingDirectory"/>: its exit code and output.</summary>
    public async Task<ToolRun> RunAsync(string tool, string workingDirectory, params string[] arguments)
    {
        await _installation.Value;
        return await ToolRun.StartAsync(Path.Combine(Directory, "node_modules", ".bin", tool), workingDirectory, arguments);
    }

    /// <summary>Runs a script of the folder with node, once the folder's packages are installed.</summary>
    public async Task<ToolRun> RunScriptAsync(string script, params string[] arguments)
    {
        await _installation.Value;
        return await ToolRun.StartAsync("node", Directory, [script, .. arguments]);
    }

    private async Task InstallAsync()
    {
        var stamp = Path.Combine(Directory, "node_modules", ".humanitarian-lock.sha256");
        var lockHash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Directory, "package-lock.json"))));
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == lockHash)
        {
            return;
        }
        var install = await ToolRun.StartAsync("npm", Directory, "ci", "--no-audit", "--no-fund");
        install.ExitCode.ShouldBe(0, $"npm ci in {Directory} failed:\n{install.Output}");
        await File.WriteAllTextAsync(stamp, lockHash);
    }
}

/// <summary>A finished process: exit code and everything it wrote (standard output, then standard error).</summary>
public sealed record ToolRun(int ExitCode, string Output)
{
    /// <summary>A tool that hangs is stopped: its run fails with what it wrote so far.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task<ToolRun> StartAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // No colours or update banners in the output a failure message shows.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ToolRun(-1, $"{fileName} did not finish within {Limit}:\n{await output}\n{await error}");
        }
        var text = new StringBuilder().AppendLine(await output).Append(await error).ToString();
        return new ToolRun(process.ExitCode, text);
    }
}
