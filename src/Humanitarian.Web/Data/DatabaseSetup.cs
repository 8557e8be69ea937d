using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Humanitarian.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

public static class DatabaseSetup
{
    /// <summary>MariaDB 10.11 (Debian 12's); fixed so design-time tools need no live server.</summary>
    public static readonly MariaDbServerVersion MariaDbVersion = new(new Version(10, 11));

    public static DatabaseProvider GetProvider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    /// <summary>The configured connection string, else a SQLite file under the app's data folder.</summary>
    public static string GetConnectionString(IConfiguration configuration, DatabaseProvider provider)
    {
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (provider == DatabaseProvider.MySql)
        {
            throw new InvalidOperationException("Database:Provider is MySql but ConnectionStrings:Default is empty.");
        }
        var folder = Path.Combine(AppContext.BaseDirectory, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "humanitarian.db")}";
    }

    /// <summary>
    /// Registers the provider's context and exposes it as <see cref="HumanitarianDbContext"/> and as
    /// the framework's <see cref="IAbpEfCoreDbContext"/>: one context, one unit of work per request.
    /// </summary>
    public static void AddHumanitarianDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = GetProvider(configuration);
        var connectionString = GetConnectionString(configuration, provider);
        if (provider == DatabaseProvider.MySql)
        {
            services.AddDbContext<MySqlHumanitarianDbContext>((sp, options) =>
                ConfigureMySql(options, connectionString).AddInterceptors(Interceptors(sp)));
            services.AddScoped<HumanitarianDbContext>(sp => sp.GetRequiredService<MySqlHumanitarianDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteHumanitarianDbContext>((sp, options) =>
                ConfigureSqlite(options, connectionString).AddInterceptors(Interceptors(sp)));
            services.AddScoped<HumanitarianDbContext>(sp => sp.GetRequiredService<SqliteHumanitarianDbContext>());
        }
        services.AddScoped<IAbpEfCoreDbContext>(sp => sp.GetRequiredService<HumanitarianDbContext>());
    }

    /// <summary>Sessions are ended before the framework's interceptor audits and stamps the changes.</summary>
    private static IInterceptor[] Interceptors(IServiceProvider sp) =>
        [sp.GetRequiredService<IdentitySessionRevocationInterceptor>(), sp.GetRequiredService<AbpSaveChangesInterceptor>()];

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(SqliteBusyTimeout.Instance);

    public static DbContextOptionsBuilder ConfigureMySql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseMySql(connectionString, MariaDbVersion, mysql => mysql.EnableStringComparisonTranslations());
}
