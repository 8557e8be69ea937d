using System.Data;
using System.Data.Common;
using System.Globalization;
using Humanitarian.Web.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace Humanitarian.Bench;

/// <summary>
/// Writes generated rows straight into one of the app's tables, bypassing EF: on MariaDB with
/// <see cref="MySqlBulkCopy"/> (<c>LOAD DATA LOCAL INFILE</c>, foreign keys and unique checks off for the
/// session, as a DBA loads a dump), on SQLite with one prepared INSERT in transactions of a batch each.
/// Values are given as .NET values and stored as each provider's EF mapping stores them: a Guid as
/// lower-case char(36) in MariaDB and upper-case text in SQLite, a date as <c>yyyy-MM-dd</c>, a bool as 0/1.
/// </summary>
public sealed class BulkTableWriter : IAsyncDisposable
{
    private const int Batch = 50_000;

    private readonly DatabaseProvider _provider;
    private readonly MySqlConnection? _mySql;
    private readonly SqliteConnection? _sqlite;

    private BulkTableWriter(DatabaseProvider provider, MySqlConnection? mySql, SqliteConnection? sqlite) =>
        (_provider, _mySql, _sqlite) = (provider, mySql, sqlite);

    public static async Task<BulkTableWriter> OpenAsync(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnection(connectionString);
            await sqlite.OpenAsync();
            return new BulkTableWriter(provider, null, sqlite);
        }
        var mySql = new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true }.ConnectionString);
        await mySql.OpenAsync();
        await using var session = new MySqlCommand("SET foreign_key_checks = 0, unique_checks = 0", mySql);
        await session.ExecuteNonQueryAsync();
        return new BulkTableWriter(provider, mySql, null);
    }

    public async Task WriteAsync(string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        for (var start = 0; start < rows.Count; start += Batch)
        {
            var batch = rows.Skip(start).Take(Batch);
            if (_mySql is not null)
            {
                await LoadAsync(_mySql, table, columns, batch);
            }
            else
            {
                await InsertAsync(_sqlite!, table, columns, batch);
            }
        }
    }

    /// <summary>Runs a statement on the writer's connection (a balance set after the load).</summary>
    public async Task ExecuteAsync(string sql, params object?[] values)
    {
        await using var command = _mySql is not null ? (DbCommand)_mySql.CreateCommand() : _sqlite!.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = Stored(values[i]);
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync();
    }

    private async Task LoadAsync(MySqlConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var data = new DataTable();
        foreach (var column in columns)
        {
            data.Columns.Add(column, typeof(object));
        }
        foreach (var row in rows)
        {
            data.Rows.Add(row.Select(Stored).ToArray());
        }
        var copy = new MySqlBulkCopy(connection) { DestinationTableName = table, BulkCopyTimeout = 0 };
        for (var i = 0; i < columns.Length; i++)
        {
            copy.ColumnMappings.Add(new MySqlBulkCopyColumnMapping(i, columns[i]));
        }
        var result = await copy.WriteToServerAsync(data);
        if (result.RowsInserted != data.Rows.Count || result.Warnings.Count > 0)
        {
            throw new InvalidOperationException(
                $"{table}: {result.RowsInserted} of {data.Rows.Count} rows loaded; {string.Join("; ", result.Warnings.Select(w => w.Message))}");
        }
    }

    private async Task InsertAsync(SqliteConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = Stored(row[i]);
            }
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id => _provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id.ToString(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // EF's SQLite format ("FFFFFFF": no trailing zeros); MariaDB's datetime(6).
        DateTime time => time.ToString(_provider == DatabaseProvider.Sqlite ? "yyyy-MM-dd HH:mm:ss.FFFFFFF" : "yyyy-MM-dd HH:mm:ss.ffffff",
            CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };

    public async ValueTask DisposeAsync()
    {
        if (_mySql is not null)
        {
            await _mySql.DisposeAsync();
        }
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
    }
}
