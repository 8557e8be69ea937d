using Humanitarian.Framework.Data;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Data;

/// <summary>The SQLite flavour (embedded default); its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteHumanitarianDbContext(
    DbContextOptions<SqliteHumanitarianDbContext> options, ICurrentTenant currentTenant, IDataFilter dataFilter)
    : HumanitarianDbContext(options, currentTenant, dataFilter);

/// <summary>The MariaDB/MySQL flavour (production); its migrations live in Migrations/MySql.</summary>
public sealed class MySqlHumanitarianDbContext(
    DbContextOptions<MySqlHumanitarianDbContext> options, ICurrentTenant currentTenant, IDataFilter dataFilter)
    : HumanitarianDbContext(options, currentTenant, dataFilter)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Vietnamese text needs 4-byte UTF-8 whatever the server's default is.
        builder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
        base.OnModelCreating(builder);
    }
}
