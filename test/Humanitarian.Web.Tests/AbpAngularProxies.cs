namespace Humanitarian.Web.Tests;

/// <summary>ABP's Angular proxy generator and the TypeScript compiler, run by <c>etc/abp-proxy/check.mjs</c>.</summary>
public static class AbpAngularProxies
{
    /// <summary>Generates the proxies of every module of <paramref name="apiDefinition"/> and compiles them.</summary>
    public static async Task<ToolRun> GenerateAndCompileAsync(string apiDefinition)
    {
        var file = Path.Combine(Path.GetTempPath(), $"humanitarian-api-definition-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, apiDefinition);
        try
        {
            return await NpmTools.AbpProxy.RunScriptAsync("check.mjs", file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
