using System.Diagnostics;
using System.Security.Cryptography;

namespace Humanitarian.Web.Tests;

/// <summary>
/// ABP's Angular proxy generator and the TypeScript compiler, from etc/abp-proxy (package-lock.json):
/// installed with <c>npm ci</c> once per test run, and not again while the lock file is unchanged.
/// </summary>
public static class AbpAngularProxies
{
    private static readonly string Folder = Path.Combine(BuildLayout.Find().RepositoryRoot, "etc", "abp-proxy");
    private static readonly Lazy<Task> Installation = new(InstallAsync);

    /// <summary>Generates the proxies of every module of <paramref name="apiDefinition"/> and compiles them.</summary>
    public static async Task<(int ExitCode, string Output)> GenerateAndCompileAsync(string apiDefinition)
    {
        await Installation.Value;
        var file = Path.Combine(Path.GetTempPath(), $"humanitarian-api-definition-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, apiDefinition);
        try
        {
            return await RunAsync("node", "check.mjs", file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task InstallAsync()
    {
        var stamp = Path.Combine(Folder, "node_modules", ".installed-lock.sha256");
        var lockHash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Folder, "package-lock.json"))));
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == lockHash)
        {
            return;
        }
        var (exitCode, output) = await RunAsync("npm", "ci", "--no-audit", "--no-fund");
        exitCode.ShouldBe(0, $"npm ci in {Folder} failed:\n{output}");
        await File.WriteAllTextAsync(stamp, lockHash);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
