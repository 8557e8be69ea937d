using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Humanitarian.Web.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock. Without it Microsoft.Data.Sqlite retries a busy write
/// every 150 ms, so two requests saving at once (a page of sensitive reads is a save) cost the second
/// at least 150 ms; SQLite's own handler retries after 1, 2, 5, 10 … ms.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>Beyond it the driver's own retries go on until the command times out.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
