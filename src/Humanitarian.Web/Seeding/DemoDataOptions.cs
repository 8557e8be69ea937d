using Humanitarian.Web.Data;

namespace Humanitarian.Web.Seeding;

/// <summary>Section <c>DemoData</c>: demo tenants and users from <c>seeds/</c>.</summary>
public sealed class DemoDataOptions
{
    /// <summary>The documented demo password (docs/api.md); printed at start-up with a banner to change it.</summary>
    public const string DemoPassword = "Nhandao@2024!";

    /// <summary>Seeded on the embedded default (SQLite) unless turned off; off for MySQL unless turned on.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Whether demo data is on, <see cref="Enabled"/> or the provider's default.</summary>
    public bool IsEnabled(IConfiguration configuration) => Enabled ?? DatabaseSetup.GetProvider(configuration) == DatabaseProvider.Sqlite;

    /// <summary>Password of the host admin; the demo password when unset.</summary>
    public string AdminPassword { get; set; } = DemoPassword;

    public string SeedsFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");
}
