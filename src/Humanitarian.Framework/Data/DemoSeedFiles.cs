using System.Text.Json;
using System.Text.Json.Serialization;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Humanitarian.Framework.Data;

/// <summary>The demo data files of <c>seeds/</c>: one folder per tenant name, and <c>host</c>; each module reads its own files.</summary>
public sealed class DemoSeedFiles(IConfiguration configuration) : ITransientDependency
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The host's rule for demo data (section <c>DemoData</c>): on the embedded SQLite default unless
    /// turned off, off on MySQL unless turned on. Demo contacts have undeliverable addresses, so a
    /// production tenant that happens to share a demo tenant's name gets none of this.
    /// </summary>
    public bool IsEnabled =>
        configuration.GetValue<bool?>("DemoData:Enabled")
        ?? !string.Equals(configuration["Database:Provider"], "MySql", StringComparison.OrdinalIgnoreCase);

    public string FolderOf(string owner) =>
        Path.Combine(configuration["DemoData:SeedsFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seeds"), owner);

    /// <returns>The rows of <c>seeds/&lt;owner&gt;/&lt;fileName&gt;</c>; none when there is no such file.</returns>
    public Task<List<T>> ReadAsync<T>(string owner, string fileName) => ReadFileAsync<T>(FolderOf(owner), fileName);

    /// <returns>The file's rows; none when the folder has no such file.</returns>
    public static async Task<List<T>> ReadFileAsync<T>(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            return [];
        }
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<T>>(stream, Json)
               ?? throw new InvalidOperationException($"{path} is empty.");
    }
}
