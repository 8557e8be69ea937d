using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Humanitarian.TestBase;

/// <summary>
/// The real app (all modules, real Identity, real database) on a scratch SQLite file or a scratch
/// MariaDB database (server from <c>HUMANITARIAN_TEST_MYSQL</c>, started by etc/test.sh), with demo data.
/// </summary>
public sealed class HumanitarianWebFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Nhandao@2024!";
    public const string KnownProxy = "10.1.2.3";
    public const string KnownProxyNetwork = "10.20.0.0/16";

    private readonly string _connectionString;
    private readonly ScratchMySqlDatabase? _mySqlDatabase;
    private readonly string? _sqliteFile;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public HumanitarianWebFactory(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Provider = provider;
        _settings = settings ?? new Dictionary<string, string?>();
        if (provider == DatabaseProvider.MySql)
        {
            _mySqlDatabase = new ScratchMySqlDatabase();
            _connectionString = _mySqlDatabase.ConnectionString;
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"humanitarian-test-{Guid.NewGuid():N}.db");
            _connectionString = $"Data Source={_sqliteFile}";
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The app's <see cref="TimeProvider"/>.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>
    /// Puts the app's clock back to real time. Quartz runs on the app's clock too, so a trigger that fired
    /// while the clock was ahead has its next fire that far ahead: each one not paused fires again now.
    /// </summary>
    public async Task ResetClockAsync()
    {
        Clock.Reset();
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup()))
        {
            if (await scheduler.GetTrigger(key) is { } trigger && await scheduler.GetTriggerState(key) != TriggerState.Paused)
            {
                await scheduler.RescheduleJob(key, trigger.GetTriggerBuilder().StartNow().Build());
            }
        }
    }

    /// <summary>Moves the app's clock to <paramref name="timeOfDay"/> on <paramref name="day"/> in Hà Nội (reset first: the clock only goes forward).</summary>
    public async Task SetVietnamTimeAsync(DateOnly day, TimeSpan timeOfDay)
    {
        await ResetClockAsync();
        var target = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue) + timeOfDay, TimeSpan.FromHours(7));
        Clock.Advance(target - Clock.GetUtcNow());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("DemoData:Enabled", "true");
        // Many sign-ins from one test process; the limit itself has its own test.
        builder.UseSetting("RateLimiting:SignInPermitLimit", "100000");
        // Likewise the public sponsor requests, which every test sends from the same (unknown) address.
        builder.UseSetting("RateLimiting:SponsorRequestPermitLimit", "100000");
        // The outbox is checked every second, so e-mail tests wait little.
        builder.UseSetting("Emailing:DispatchIntervalSeconds", "1");
        // Likewise the background job worker.
        builder.UseSetting("BackgroundJobs:PollPeriodSeconds", "1");
        // Tests run the reminder policy themselves: the daily run would fire whenever a test moves the clock past 07:00.
        builder.UseSetting("Campaigns:DailyReminderTime", "");
        // The deployment's proxies: one by address, others by network (loopback is always known).
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", KnownProxy);
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", KnownProxyNetwork);
        // Every cookie request re-checks the security stamp, so tests cross that path (in the user's tenant).
        builder.UseSetting("Identity:SecurityStampValidationInterval", "00:00:00");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
            AddTestBackgroundJobs(services);
        });
    }

    /// <summary>
    /// Background jobs written by test projects (which are not modules, so not scanned by the app):
    /// every job class of a loaded Humanitarian.*.Tests assembly is registered like a module's.
    /// </summary>
    private static void AddTestBackgroundJobs(IServiceCollection services)
    {
        var testAssemblies = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } name && name.StartsWith("Humanitarian.", StringComparison.Ordinal)
                        && name.EndsWith(".Tests", StringComparison.Ordinal));
        foreach (var type in testAssemblies.SelectMany(a => a.GetTypes()))
        {
            if (type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
                && BackgroundJobConfiguration.GetArgsType(type) is not null)
            {
                services.AddBackgroundJob(type);
            }
        }
    }

    /// <summary>Waits until migrations and demo seeding are done (/health answers 200).</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var response = await client.GetAsync("/health");
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The app did not become healthy: " + await response.Content.ReadAsStringAsync());
            }
            await Task.Delay(100);
        }
    }

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_mySqlDatabase is not null)
        {
            await _mySqlDatabase.DisposeAsync();
        }
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
        GC.SuppressFinalize(this);
    }
}
