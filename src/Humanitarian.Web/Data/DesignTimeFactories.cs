using Humanitarian.Framework.Data;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Humanitarian.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteHumanitarianDbContext</c> build the model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHumanitarianDbContext>
{
    public SqliteHumanitarianDbContext CreateDbContext(string[] args) => new(
        (DbContextOptions<SqliteHumanitarianDbContext>)DatabaseSetup.ConfigureSqlite(
            new DbContextOptionsBuilder<SqliteHumanitarianDbContext>(), "Data Source=design.db").Options,
        new CurrentTenant(), new DataFilter());
}

/// <summary>The MySQL model needs no live server: the server version is fixed.</summary>
public sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlHumanitarianDbContext>
{
    public MySqlHumanitarianDbContext CreateDbContext(string[] args) => new(
        (DbContextOptions<MySqlHumanitarianDbContext>)DatabaseSetup.ConfigureMySql(
            new DbContextOptionsBuilder<MySqlHumanitarianDbContext>(), "Server=127.0.0.1;Database=design").Options,
        new CurrentTenant(), new DataFilter());
}
