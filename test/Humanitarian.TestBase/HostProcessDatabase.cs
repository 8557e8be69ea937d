using Humanitarian.Web.Data;
using Xunit;

namespace Humanitarian.TestBase;

/// <summary>
/// A scratch MariaDB database made ready once (migrated, host data seeded, no demo data) by a host process
/// that then stops, for tests that start processes of their own on it: their starts skip the migrations,
/// most of a first start. They run in Production, which without demo data wants a Data Protection
/// certificate: every process on the database gets the same one, since the keys it protects are shared.
/// </summary>
public sealed class HostProcessDatabase : IAsyncLifetime
{
    private readonly ScratchMySqlDatabase _database = new();
    private readonly ScratchCertificate _certificate = new();

    /// <summary>How to start a process on this database, with <paramref name="environment"/> added to its environment.</summary>
    public HostProcessOptions Options(IReadOnlyDictionary<string, string>? environment = null)
    {
        var all = new Dictionary<string, string>(_certificate.Environment) { ["DemoData__Enabled"] = "false" };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        return new HostProcessOptions { Provider = DatabaseProvider.MySql, ConnectionString = _database.ConnectionString, Environment = all };
    }

    public async Task InitializeAsync()
    {
        await using var migrator = await HostProcess.StartAsync(Options());
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _certificate.Dispose();
    }
}
