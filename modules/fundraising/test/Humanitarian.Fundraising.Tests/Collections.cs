namespace Humanitarian.Fundraising.Tests;

// xunit needs each test assembly to declare its collections; one app per database for this assembly.

[CollectionDefinition(Collections.Sqlite)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>;

[CollectionDefinition(Collections.MySql)]
public sealed class MySqlCollection : ICollectionFixture<MySqlAppFixture>;

/// <summary>Tests that start the host as processes of their own: alone, after the others, so they do not compete for the cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessesCollection
{
    public const string Name = "Processes";
}
