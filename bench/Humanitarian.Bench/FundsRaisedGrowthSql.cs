using System.Data.Common;
using System.Globalization;
using Humanitarian.Web.Data;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace Humanitarian.Bench;

/// <summary>
/// The funds-raised growth as one would compute it by hand: one query over the tenant's gifts of both
/// periods (the target's and the same days a year before), not cancelled, summed per credited unit in
/// one pass; the tenant's figure is the sum over all of them (each gift once, credited or not), a unit's
/// its own row. Growth as <c>FundsRaisedGrowthMetricProvider</c> rounds it: 0.1 %, half away from zero.
/// </summary>
public sealed class FundsRaisedGrowthSql(DatabaseProvider provider, string connectionString)
{
    public sealed record Figures(decimal? Tenant, IReadOnlyDictionary<Guid, decimal> Units);

    /// <summary>{0}: the credited unit, or NULL for the tenant's figure alone; {1}: its GROUP BY.</summary>
    private const string Sums = """
        SELECT {0},
               SUM(CASE WHEN Date >= @from THEN Amount ELSE 0 END),
               SUM(CASE WHEN Date <= @previousTo THEN Amount ELSE 0 END)
        FROM FndDonations
        WHERE TenantId = @tenant AND IsCancelled = 0
          AND ((Date >= @from AND Date <= @to) OR (Date >= @previousFrom AND Date <= @previousTo))
        {1}
        """;

    /// <param name="units">
    /// The campaign's participants, whose own figures are wanted (a unit without gifts the year before has none);
    /// null for the tenant's figure alone, summed without grouping.
    /// </param>
    public async Task<Figures> MeasureAsync(Guid tenantId, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? units)
    {
        await using var connection = provider == DatabaseProvider.MySql
            ? (DbConnection)new MySqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = units is null
            ? string.Format(CultureInfo.InvariantCulture, Sums, "NULL", "")
            : string.Format(CultureInfo.InvariantCulture, Sums, "CreditedUnitId", "GROUP BY CreditedUnitId");
        Add(command, "@tenant", provider == DatabaseProvider.Sqlite ? tenantId.ToString().ToUpperInvariant() : tenantId);
        Add(command, "@from", from);
        Add(command, "@to", to);
        Add(command, "@previousFrom", from.AddYears(-1));
        Add(command, "@previousTo", to.AddYears(-1));
        var (current, previous) = (0L, 0L);
        var perUnit = new Dictionary<Guid, decimal>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (now, before) = (Long(reader, 1), Long(reader, 2));
            (current, previous) = (current + now, previous + before);
            if (units is not null && !reader.IsDBNull(0) && reader.GetGuid(0) is var unit && units.Contains(unit) && before != 0)
            {
                perUnit[unit] = Growth(now, before);
            }
        }
        return new Figures(previous == 0 ? null : Growth(current, previous), perUnit);
    }

    private static decimal Growth(long current, long previous) => Math.Round((current - previous) * 100m / previous, 1, MidpointRounding.AwayFromZero);

    /// <summary>A sum: a long in SQLite, a decimal in MariaDB, NULL over no rows.</summary>
    private static long Long(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? 0 : Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
