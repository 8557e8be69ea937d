using System.Data.Common;
using System.Globalization;
using System.Text;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.Text;
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
/// The address list's page as one would serve it by hand, the yardstick for the API: a bare minimal
/// endpoint on Kestrel (no auth, no tenant resolution, no permissions, no audit) that runs one COUNT and
/// one page SELECT of the columns the DTO shows, with the same filters and order, and writes the page as
/// the API's JSON. It does not decrypt national IDs (the API shows them to its admin): a floor, not a twin.
/// </summary>
public sealed class AddressListSql(DatabaseProvider provider, string connectionString) : IAsyncDisposable
{
    private const string Columns = """
        Id, Kind, Name, BirthYear, DateOfBirth, Sex, Phone, AddressLine, Commune, CommuneId, Categories, HasHivAids, Needs,
        Circumstances, HealthDetails, MonthlyValueSought, FacilityKind, Capacity, SurveyingUnitId, SurveyDate, Status,
        SurveyConsent_Given, SurveyConsent_RecordedTime, SurveyConsent_RecordedBy,
        ShareConsent_Given, ShareConsent_RecordedTime, ShareConsent_RecordedBy,
        PublishConsent_Given, PublishConsent_RecordedTime, PublishConsent_RecordedBy,
        CreationTime, CreatorId, LastModificationTime, LastModifierId, ConcurrencyStamp
        """;

    private WebApplication? _app;

    public Uri? BaseAddress { get; private set; }

    /// <summary>Serves <c>GET /addresses?tenantId=&amp;filter=&amp;status=&amp;category=&amp;communeId=&amp;skipCount=&amp;maxResultCount=</c>.</summary>
    public async Task StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.MapGet("/addresses", async (HttpContext http) =>
        {
            var q = http.Request.Query;
            var page = await PageAsync(Guid.Parse(q["tenantId"]!), q["filter"], Enum(q["status"]), Enum(q["category"]),
                q["communeId"] is { Count: 1 } c ? Guid.Parse(c!) : null,
                int.Parse(q["skipCount"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture),
                int.Parse(q["maxResultCount"].FirstOrDefault() ?? "10", CultureInfo.InvariantCulture));
            return Results.Json(page, ApiClient.Json);
        });
        await _app.StartAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    private static string? Enum(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public sealed record Page(long TotalCount, List<HumanitarianAddressDto> Items);

    public async Task<Page> PageAsync(Guid tenantId, string? filter, string? status, string? category, Guid? communeId, int skip, int take)
    {
        await using var connection = provider == DatabaseProvider.MySql
            ? (DbConnection)new MySqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("TenantId = @tenant AND IsDeleted = 0");
        // As each provider's EF mapping stores a Guid: upper-case text in SQLite, char(36) in MariaDB.
        Add(command, "@tenant", Id(tenantId));
        var folded = SearchText.Normalize(filter);
        if (folded.Length > 0)
        {
            // The filter is no national ID here (the API would also match its hash).
            where.Append(provider == DatabaseProvider.MySql
                ? " AND (LOCATE(@filter, NormalizedName) > 0 OR LOCATE(@filter, NormalizedCommune) > 0)"
                : " AND (instr(NormalizedName, @filter) > 0 OR instr(NormalizedCommune, @filter) > 0)");
            Add(command, "@filter", folded);
        }
        if (status is not null)
        {
            where.Append(" AND Status = @status");
            Add(command, "@status", System.Enum.Parse<AddressStatus>(status).ToString());
        }
        if (category is not null)
        {
            var parsed = System.Enum.Parse<AddressCategory>(category);
            where.Append(parsed == AddressCategory.HivAids ? " AND HasHivAids = 1" : " AND (Categories & @bit) <> 0");
            Add(command, "@bit", 1 << (int)parsed);
        }
        if (communeId is { } commune)
        {
            where.Append(" AND CommuneId = @commune");
            Add(command, "@commune", Id(commune));
        }
        command.CommandText = $"SELECT COUNT(*) FROM BenHumanitarianAddresses WHERE {where}";
        var total = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        command.CommandText = $"SELECT {Columns} FROM BenHumanitarianAddresses WHERE {where} ORDER BY NormalizedName, Id LIMIT @take OFFSET @skip";
        Add(command, "@take", take);
        Add(command, "@skip", skip);
        var items = new List<HumanitarianAddressDto>(take);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(Read(reader));
        }
        return new Page(total, items);
    }

    private object Id(Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    private static HumanitarianAddressDto Read(DbDataReader r)
    {
        var withSensitive = true; // the API's reader is the tenant's admin
        var categories = r.GetInt32(10);
        var dto = new HumanitarianAddressDto
        {
            Id = r.GetGuid(0),
            Kind = System.Enum.Parse<HumanitarianAddressKind>(r.GetString(1)),
            FullName = r.GetString(2),
            Name = r.GetString(2),
            BirthYear = Nullable<int>(r, 3),
            DateOfBirth = r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
            Sex = r.IsDBNull(5) ? null : System.Enum.Parse<Sex>(r.GetString(5)),
            Phone = String(r, 6),
            Address = String(r, 7),
            Commune = String(r, 8),
            CommuneId = r.IsDBNull(9) ? null : r.GetGuid(9),
            Categories = System.Enum.GetValues<AddressCategory>()
                .Where(c => c == AddressCategory.HivAids ? withSensitive && r.GetBoolean(11) : (categories & (1 << (int)c)) != 0).ToList(),
            Needs = System.Enum.GetValues<AddressNeed>().Where(n => (r.GetInt32(12) & (1 << (int)n)) != 0).ToList(),
            Circumstances = String(r, 13),
            HealthDetails = withSensitive ? String(r, 14) : null,
            MonthlyValueSought = r.IsDBNull(15) ? null : r.GetInt64(15),
            FacilityKind = r.IsDBNull(16) ? null : System.Enum.Parse<FacilityKind>(r.GetString(16)),
            Capacity = Nullable<int>(r, 17),
            SurveyingUnitId = r.IsDBNull(18) ? null : r.GetGuid(18),
            SurveyDate = r.IsDBNull(19) ? null : r.GetFieldValue<DateOnly>(19),
            Status = System.Enum.Parse<AddressStatus>(r.GetString(20)),
            ConsentToSurvey = r.GetBoolean(21),
            ConsentToShare = r.GetBoolean(24),
            ConsentToPublish = r.GetBoolean(27),
            Consents = new[] { ("Survey", 21), ("Share", 24), ("Publish", 27) }
                .Where(c => !r.IsDBNull(c.Item2 + 1))
                .Select(c => new ConsentRecordDto
                {
                    Purpose = c.Item1, Given = r.GetBoolean(c.Item2), RecordedTime = r.GetDateTime(c.Item2 + 1),
                    RecordedBy = r.IsDBNull(c.Item2 + 2) ? null : r.GetGuid(c.Item2 + 2),
                })
                .ToList(),
            CreationTime = r.GetDateTime(30),
            CreatorId = r.IsDBNull(31) ? null : r.GetGuid(31),
            LastModificationTime = r.IsDBNull(32) ? null : r.GetDateTime(32),
            LastModifierId = r.IsDBNull(33) ? null : r.GetGuid(33),
            ConcurrencyStamp = r.GetString(34),
        };
        return dto;
    }

    private static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static T? Nullable<T>(DbDataReader r, int i) where T : struct => r.IsDBNull(i) ? null : r.GetFieldValue<T>(i);

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
