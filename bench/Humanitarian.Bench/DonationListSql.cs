using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Humanitarian.Framework.Text;
using Humanitarian.Fundraising.Donations;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace Humanitarian.Bench;

/// <summary>
/// The donation list's page as one would serve it by hand, the yardstick for the API (as
/// <see cref="AddressListSql"/> is for addresses): a bare minimal endpoint on Kestrel (no auth, no tenant
/// resolution, no permissions) that runs one total (a COUNT, or the receipts given, as the API) and one page
/// SELECT with the same filters and order (the sort key, then the id), joined to the fund's and donor's names,
/// and writes the page as the API's JSON.
/// </summary>
public sealed partial class DonationListSql(DatabaseProvider provider, string connectionString) : IAsyncDisposable
{
    private const string Columns = """
        d.Id, d.FundId, f.Name, d.DonorId, n.Name, d.Date, d.ReceiptNumber, d.Kind, d.Amount, d.Currency, d.ForeignAmount,
        d.ExchangeRate, d.Description, d.CollectingUnitId, d.CreditedUnitId, d.CampaignId, d.PledgeId, d.Restriction,
        d.IsCancelled, d.CancellationReason, d.CancellationTime, d.CreationTime, d.CreatorId
        """;

    private static readonly Dictionary<string, string> Sortable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = "Date", ["amount"] = "Amount", ["receiptNumber"] = "ReceiptNumber", ["creationTime"] = "CreationTime",
    };

    private WebApplication? _app;

    public Uri? BaseAddress { get; private set; }

    /// <summary>Serves <c>GET /donations?tenantId=&amp;</c> and the API's own query string.</summary>
    public async Task StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.MapGet("/donations", async (HttpContext http) =>
        {
            var q = http.Request.Query;
            var query = new Query(Guid.Parse(q["tenantId"]!), q["filter"], Id(q["fundId"]), Id(q["creditedUnitId"]),
                Date(q["from"]), Date(q["to"]), q["sorting"].FirstOrDefault() ?? "date desc",
                int.Parse(q["skipCount"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture),
                int.Parse(q["maxResultCount"].FirstOrDefault() ?? "10", CultureInfo.InvariantCulture));
            return Results.Json(await PageAsync(query), ApiClient.Json);
        });
        await _app.StartAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    private static Guid? Id(string? value) => string.IsNullOrEmpty(value) ? null : Guid.Parse(value);

    private static DateOnly? Date(string? value) => string.IsNullOrEmpty(value) ? null : DateOnly.Parse(value, CultureInfo.InvariantCulture);

    public sealed record Query(Guid TenantId, string? Filter, Guid? FundId, Guid? CreditedUnitId, DateOnly? From, DateOnly? To,
        string Sorting, int Skip, int Take);

    public sealed record Page(long TotalCount, List<DonationDto> Items);

    public async Task<Page> PageAsync(Query query)
    {
        await using var connection = provider == DatabaseProvider.MySql
            ? (DbConnection)new MySqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("d.TenantId = @tenant");
        Add(command, "@tenant", Stored(query.TenantId));
        if (!string.IsNullOrWhiteSpace(query.Filter))
        {
            await SearchAsync(command, where, query.Filter);
        }
        Filter(command, where, "d.FundId = @fund", "@fund", query.FundId is { } fund ? Stored(fund) : null);
        Filter(command, where, "d.CreditedUnitId = @unit", "@unit", query.CreditedUnitId is { } unit ? Stored(unit) : null);
        Filter(command, where, "d.Date >= @from", "@from", query.From);
        Filter(command, where, "d.Date <= @to", "@to", query.To);
        // As the API: the whole list's (or a fund's) total is the receipt numbers given, gapless per fund and year.
        command.CommandText = query is { Filter: null or "", CreditedUnitId: null, From: null, To: null }
            ? $"SELECT COALESCE(SUM(LastNumber), 0) FROM FndReceiptSequences WHERE TenantId = @tenant{(query.FundId is null ? "" : " AND FundId = @fund")}"
            : $"SELECT COUNT(*) FROM FndDonations d WHERE {where}";
        var total = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        var parts = query.Sorting.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var order = $"d.{Sortable[parts[0]]}{(parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase) ? " DESC" : "")}, d.Id";
        // The page first, then its names: 20 look-ups rather than a join over every matching row.
        command.CommandText = $"""
            SELECT {Columns}
            FROM (SELECT * FROM FndDonations d WHERE {where} ORDER BY {order} LIMIT @take OFFSET @skip) d
            JOIN FndFunds f ON f.Id = d.FundId
            LEFT JOIN FndDonors n ON n.Id = d.DonorId AND n.IsDeleted = 0
            ORDER BY {order}
            """;
        Add(command, "@take", query.Take);
        Add(command, "@skip", query.Skip);
        var items = new List<DonationDto>(query.Take);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(Read(reader));
        }
        return new Page(total, items);
    }

    /// <summary>
    /// As the API's search: a receipt number when the text is one, else the donors and restrictions whose folded
    /// names contain it, looked up first in their own tables, then their gifts by id.
    /// </summary>
    private async Task SearchAsync(DbCommand command, StringBuilder where, string text)
    {
        if (ReceiptNumber().Match(text.Trim()) is { Success: true } receipt)
        {
            where.Append(" AND d.ReceiptNumber = @number");
            Add(command, "@number", $"{receipt.Groups[1].Value}/{int.Parse(receipt.Groups[2].Value, CultureInfo.InvariantCulture):D6}");
            return;
        }
        Add(command, "@folded", $"%{SearchText.Normalize(text)}%");
        var donors = await IdsAsync(command, "SELECT Id FROM FndDonors WHERE TenantId = @tenant AND IsDeleted = 0 AND NormalizedName LIKE @folded");
        var restrictions = await IdsAsync(command, "SELECT Id FROM FndFundRestrictions WHERE TenantId = @tenant AND NormalizedName LIKE @folded");
        where.Append(" AND (").Append(In(command, "d.DonorId", "@donor", donors)).Append(" OR ")
            .Append(In(command, "d.RestrictionId", "@restriction", restrictions)).Append(')');
    }

    private static async Task<List<object>> IdsAsync(DbCommand command, string sql)
    {
        command.CommandText = sql;
        var ids = new List<object>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetValue(0));
        }
        return ids;
    }

    private static string In(DbCommand command, string column, string prefix, List<object> ids)
    {
        if (ids.Count == 0)
        {
            return "1 = 0";
        }
        for (var i = 0; i < ids.Count; i++)
        {
            Add(command, $"{prefix}{i}", ids[i]);
        }
        return $"{column} IN ({string.Join(", ", ids.Select((_, i) => $"{prefix}{i}"))})";
    }

    [GeneratedRegex(@"^(\d{4})/(\d{1,6})$")]
    private static partial Regex ReceiptNumber();

    private static void Filter(DbCommand command, StringBuilder where, string condition, string name, object? value)
    {
        if (value is not null)
        {
            where.Append(" AND ").Append(condition);
            Add(command, name, value);
        }
    }

    /// <summary>As each provider's EF mapping stores a Guid: upper-case text in SQLite, char(36) in MariaDB.</summary>
    private object Stored(Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    private static DonationDto Read(DbDataReader r) => new()
    {
        Id = r.GetGuid(0),
        FundId = r.GetGuid(1),
        FundName = r.GetString(2),
        DonorId = r.IsDBNull(3) ? null : r.GetGuid(3),
        DonorName = r.IsDBNull(4) ? null : r.GetString(4),
        Date = r.GetFieldValue<DateOnly>(5),
        ReceiptNumber = r.GetString(6),
        Kind = System.Enum.Parse<DonationKind>(r.GetString(7)),
        Amount = r.GetInt64(8),
        Currency = r.IsDBNull(9) ? null : r.GetString(9),
        ForeignAmount = r.IsDBNull(10) ? null : r.GetDecimal(10),
        ExchangeRate = r.IsDBNull(11) ? null : r.GetDecimal(11),
        Description = r.IsDBNull(12) ? null : r.GetString(12),
        CollectingUnitId = r.IsDBNull(13) ? null : r.GetGuid(13),
        CreditedUnitId = r.IsDBNull(14) ? null : r.GetGuid(14),
        CampaignId = r.IsDBNull(15) ? null : r.GetGuid(15),
        PledgeId = r.IsDBNull(16) ? null : r.GetGuid(16),
        Restriction = r.IsDBNull(17) ? null : r.GetString(17),
        IsCancelled = r.GetBoolean(18),
        CancellationReason = r.IsDBNull(19) ? null : r.GetString(19),
        CancellationTime = r.IsDBNull(20) ? null : DateTime.SpecifyKind(r.GetDateTime(20), DateTimeKind.Utc),
        CreationTime = DateTime.SpecifyKind(r.GetDateTime(21), DateTimeKind.Utc),
        CreatorId = r.IsDBNull(22) ? null : r.GetGuid(22),
    };

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
