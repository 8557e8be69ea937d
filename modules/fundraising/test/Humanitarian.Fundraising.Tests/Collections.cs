namespace Humanitarian.Fundraising.Tests;

// xunit needs each test assembly to declare its collections; one app per database for this assembly.

[CollectionDefinition(Collections.Sqlite)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>;

[CollectionDefinition(Collections.MySql)]
public sealed class MySqlCollection : ICollectionFixture<MySqlAppFixture>;
