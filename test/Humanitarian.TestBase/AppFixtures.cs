using Humanitarian.Web.Data;
using Xunit;

namespace Humanitarian.TestBase;

/// <summary>One running app per database for a whole test collection (starting one costs seconds).</summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public HumanitarianWebFactory Factory { get; } = new(provider);

    public DatabaseProvider Provider => provider;

    public Task InitializeAsync() => Factory.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A client signed in as a demo user ("admin", "viewer"...) of a demo tenant, or of the host.</summary>
    public Task<ApiClient> SignInAsync(string? tenantName, string userName, string password = HumanitarianWebFactory.DemoPassword) =>
        ApiClient.SignInAsync(Factory.CreateApiClient(), tenantName, userName, password);

    public ApiClient Anonymous(string? tenantName = null) => new(Factory.CreateApiClient(), tenantName);
}

public sealed class SqliteAppFixture() : AppFixture(DatabaseProvider.Sqlite);

public sealed class MySqlAppFixture() : AppFixture(DatabaseProvider.MySql);

/// <summary>Collection names; xunit needs each test assembly to declare the collections itself.</summary>
public static class Collections
{
    public const string Sqlite = "SQLite";
    public const string MySql = "MariaDB";
}
