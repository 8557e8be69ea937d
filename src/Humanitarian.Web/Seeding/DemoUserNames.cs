using System.Text.Json;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Seeding;

/// <summary>A name as users are shown ("Surname Name"): <see cref="Surname"/> holds the family and middle names.</summary>
public sealed record PersonName(string Surname, string Name)
{
    /// <summary>In a Vietnamese full name the given name comes last: "Nguyễn Thị Lan" is "Nguyễn Thị" and "Lan".</summary>
    public static PersonName Parse(string fullName)
    {
        var trimmed = fullName.Trim();
        var cut = trimmed.LastIndexOf(' ');
        return cut > 0
            ? new PersonName(trimmed[..cut].TrimEnd(), trimmed[(cut + 1)..])
            : throw new InvalidOperationException($"'{fullName}' is not a full name (family, middle and given name).");
    }
}

/// <summary><c>seeds/demo-users.json</c>: the demo users' full names by tenant name (<c>host</c> for the host), then user name.</summary>
public sealed class DemoUserNames(IOptions<DemoDataOptions> options) : ITransientDependency
{
    public const string Host = "host";

    /// <returns>The names of the owner's demo users by user name; none for an owner the file does not list.</returns>
    public async Task<IReadOnlyDictionary<string, PersonName>> ReadAsync(string owner)
    {
        var path = Path.Combine(options.Value.SeedsFolder, "demo-users.json");
        await using var stream = File.OpenRead(path);
        var owners = await JsonSerializer.DeserializeAsync<Dictionary<string, Dictionary<string, string>>>(stream)
                     ?? throw new InvalidOperationException($"{path} is empty.");
        return owners.TryGetValue(owner, out var users)
            ? users.ToDictionary(u => u.Key, u => PersonName.Parse(u.Value))
            : new Dictionary<string, PersonName>();
    }
}
