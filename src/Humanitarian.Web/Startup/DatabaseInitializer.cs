using Humanitarian.Framework.Authorization;
using Humanitarian.Web.AuthServer;
using Humanitarian.Web.Data;
using Humanitarian.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Startup;

/// <summary>
/// Applies migrations and seeds once the server listens (so /health can answer 503 meanwhile) and
/// before the other hosted services start (Data Protection reads its keys from the database).
/// Production runs the DbMigrator and turns this off (Database:MigrateOnStartup=false).
/// </summary>
public sealed class DatabaseInitializer(
    IServiceProvider services, StartupState state, IConfiguration configuration, ILogger<DatabaseInitializer> logger)
    : IHostedService
{
    /// <summary>Registers it right after the web server's own hosted service.</summary>
    public static void Register(IServiceCollection services)
    {
        var descriptor = ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>();
        var server = services.ToList().FindIndex(d => d.ImplementationType?.Name == "GenericWebHostService");
        services.Insert(server + 1, descriptor);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (configuration.GetValue("Database:MigrateOnStartup", true))
            {
                await MigrateAndSeedAsync(services, stoppingToken);
            }
            // Made or read now rather than by the first sign-in, and a key that cannot be read stops the start.
            _ = services.GetRequiredService<TokenSigningKeyStore>().Key;
            state.MarkReady();
            logger.LogInformation("Database ready.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogCritical(exception, "Migrations or seeding failed.");
            state.MarkFailed(exception);
        }
    }

    /// <summary>The whole start-up database work; also what the DbMigrator runs.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        await dbContext.Database.MigrateAsync(cancellationToken);
        if (dbContext.Database.IsSqlite())
        {
            // Readers no longer wait for a writer.
            await dbContext.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        var seeder = scope.ServiceProvider.GetRequiredService<DataSeeder>();
        var demoTenants = await seeder.SeedAsync();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Humanitarian.Demo");
        if (seeder.DemoEnabled)
        {
            logger.LogWarning(
                "DEMO DATA: password '{Password}' for every demo user. Host (tenant left empty): 'admin'. " +
                "Demo tenants ({Tenants}): {Users}, one per role. " +
                "Change these passwords before real use. / Dữ liệu mẫu: hãy đổi mật khẩu trước khi dùng thật.",
                DemoDataOptions.DemoPassword, string.Join(", ", demoTenants), string.Join(", ", DefaultRoleNames.All.Select(r => $"'{r}'")));
        }
    }
}
