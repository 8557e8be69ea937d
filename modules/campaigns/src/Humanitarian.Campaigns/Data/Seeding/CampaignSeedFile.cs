using System.Text.Json;
using System.Text.Json.Serialization;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Humanitarian.Campaigns.Data.Seeding;

/// <summary>
/// <c>seeds/&lt;tenant&gt;/campaigns.json</c>, under the host's rule for demo data (section <c>DemoData</c>,
/// as Organization reads it): on the embedded SQLite default unless turned off, off on MySQL unless turned on.
/// </summary>
public sealed class CampaignSeedFile(IConfiguration configuration) : ITransientDependency
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public bool IsEnabled =>
        configuration.GetValue<bool?>("DemoData:Enabled")
        ?? !string.Equals(configuration["Database:Provider"], "MySql", StringComparison.OrdinalIgnoreCase);

    /// <returns>The tenant's demo campaigns; none when it has no such file.</returns>
    internal async Task<List<CampaignSeed>> ReadAsync(string tenantName)
    {
        var folder = configuration["DemoData:SeedsFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        var path = Path.Combine(folder, tenantName, "campaigns.json");
        if (!File.Exists(path))
        {
            return [];
        }
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<CampaignSeed>>(stream, Json)
               ?? throw new InvalidOperationException($"{path} is empty.");
    }
}
