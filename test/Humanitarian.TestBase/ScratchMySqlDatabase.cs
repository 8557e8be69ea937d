using MySqlConnector;

namespace Humanitarian.TestBase;

/// <summary>
/// A throwaway database on the test run's MariaDB server (<c>HUMANITARIAN_TEST_MYSQL</c>, started by
/// etc/test.sh): a new name, created by the app's migrations on its first start; disposing drops it.
/// </summary>
public sealed class ScratchMySqlDatabase : IAsyncDisposable
{
    public ScratchMySqlDatabase()
    {
        Name = "hum_test_" + Guid.NewGuid().ToString("N")[..12];
        ConnectionString = $"{Server};Database={Name}";
    }

    public string Name { get; }

    public string ConnectionString { get; }

    private static string Server => Environment.GetEnvironmentVariable("HUMANITARIAN_TEST_MYSQL")
                                    ?? throw new InvalidOperationException(
                                        "HUMANITARIAN_TEST_MYSQL is not set: run the tests with etc/test.sh, which starts MariaDB.");

    public async ValueTask DisposeAsync()
    {
        await using var connection = new MySqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{Name}`", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
