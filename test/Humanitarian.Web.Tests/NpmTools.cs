using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The npm tools that check the OpenAPI document (<c>etc/api-clients</c>: @redocly/cli, @hey-api/openapi-ts,
/// typescript), installed with <c>npm ci</c> from the committed lock file the first time a run needs them
/// (again only when the lock file changes).
/// </summary>
public static class NpmTools
{
    public static string Directory { get; } = Path.Combine(BuildLayout.Find().RepositoryRoot, "etc", "api-clients");

    private static readonly Lazy<Task> Installation = new(InstallAsync);

    /// <summary>Runs <c>node_modules/.bin/{tool}</c> in <paramref name="workingDirectory"/>: its exit code and output.</summary>
    public static async Task<ToolRun> RunAsync(string tool, string workingDirectory, params string[] arguments)
    {
        await Installation.Value;
        return await ToolRun.StartAsync(Path.Combine(Directory, "node_modules", ".bin", tool), workingDirectory, arguments);
    }

    private static async Task InstallAsync()
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
