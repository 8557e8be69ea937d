namespace Humanitarian.Web.Tests;

[CollectionDefinition(Collections.Sqlite)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>;

[CollectionDefinition(Collections.MySql)]
public sealed class MySqlCollection : ICollectionFixture<MySqlAppFixture>;
