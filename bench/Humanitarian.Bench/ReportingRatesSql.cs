using System.Data.Common;
using System.Globalization;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Bench;

/// <summary>
/// The reporting-rate roll-up as one would write it by hand: one query per roll-up. It lists the tenants
/// of the roll-up with the child each counts for (trees are at most province → district → commune, so two
/// parent joins reach any ancestor), counts each tenant's tasks of the year in one pass — expected,
/// reported, on time, overdue — looking up only those tenants' tasks, and adds the counts up per child.
/// The yardstick for the app's figures and timings.
/// </summary>
public sealed class ReportingRatesSql(IServiceProvider services, DatabaseProvider provider)
{
    public sealed record Counts(int Total, int Submitted, int OnTime, int Overdue);

    /// <summary>{0}: the child a tenant counts for; {1}: which tenants.</summary>
    private const string Select = """
        WITH s AS (SELECT t.Id AS TenantId, {0} AS Child
                   FROM AbpTenants t
                   LEFT JOIN AbpTenants p1 ON p1.Id = t.ParentId
                   LEFT JOIN AbpTenants p2 ON p2.Id = p1.ParentId
                   {1})
        SELECT s.Child, SUM(g.Total), SUM(g.Submitted), SUM(g.OnTime), SUM(g.Overdue)
        FROM (SELECT a.TenantId, COUNT(*) AS Total,
                SUM(CASE WHEN a.Status IN ('Submitted', 'Accepted') THEN 1 ELSE 0 END) AS Submitted,
                SUM(CASE WHEN a.Status IN ('Submitted', 'Accepted') AND a.SubmittedDate <= a.DueDate THEN 1 ELSE 0 END) AS OnTime,
                SUM(CASE WHEN a.Status IN ('Open', 'Returned') AND a.DueDate < @today THEN 1 ELSE 0 END) AS Overdue
              FROM CmpTaskAssignments a
              WHERE a.IsDeleted = 0 AND (a.Year = @year OR (a.Year IS NULL AND a.DueDate >= @first AND a.DueDate <= @last))
                AND a.TenantId IN (SELECT TenantId FROM s)
              GROUP BY a.TenantId) g
        JOIN s ON s.TenantId = g.TenantId
        GROUP BY s.Child
        """;

    /// <summary>Per province (top-level tenant), over its whole tree.</summary>
    public Task<Dictionary<Guid, Counts>> NationalAsync(int year, DateOnly today) => QueryAsync(
        string.Format(CultureInfo.InvariantCulture, Select, "CASE WHEN p1.Id IS NULL THEN t.Id WHEN p2.Id IS NULL THEN p1.Id ELSE p2.Id END", ""),
        year, today, null);

    /// <summary>Per child of <paramref name="parentId"/>, over the child's tree (the parent's own tasks are not a child's).</summary>
    public Task<Dictionary<Guid, Counts>> ChildrenOfAsync(Guid parentId, int year, DateOnly today) => QueryAsync(
        string.Format(CultureInfo.InvariantCulture, Select, "CASE WHEN t.ParentId = @parent THEN t.Id ELSE p1.Id END",
            "WHERE t.ParentId = @parent OR p1.ParentId = @parent"),
        year, today, parentId);

    private async Task<Dictionary<Guid, Counts>> QueryAsync(string sql, int year, DateOnly today, Guid? parentId)
    {
        using var scope = services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@today", today);
        Add(command, "@year", year);
        Add(command, "@first", new DateOnly(year, 1, 1));
        Add(command, "@last", new DateOnly(year, 12, 31));
        if (parentId is { } parent)
        {
            // As each provider's EF mapping stores a Guid: upper-case text in SQLite, char(36) in MariaDB.
            Add(command, "@parent", provider == DatabaseProvider.Sqlite ? parent.ToString().ToUpperInvariant() : parent);
        }
        var counts = new Dictionary<Guid, Counts>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[Guid.Parse(reader.GetValue(0).ToString()!)] = new Counts(Int(reader, 1), Int(reader, 2), Int(reader, 3), Int(reader, 4));
        }
        return counts;
    }

    /// <summary>A count: a long in SQLite, a decimal for MariaDB's SUM.</summary>
    private static int Int(DbDataReader reader, int column) => Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
