using Humanitarian.Bench;
using Humanitarian.Web.Data;

// dotnet run --project bench/Humanitarian.Bench -c Release -- [sqlite|mysql] [units] [users] [areas]
var provider = args.ElementAtOrDefault(0)?.ToLowerInvariant() == "mysql" ? DatabaseProvider.MySql : DatabaseProvider.Sqlite;
var size = new ReorganisationBenchmark.Size(
    Units: int.Parse(args.ElementAtOrDefault(1) ?? "3000"),
    Users: int.Parse(args.ElementAtOrDefault(2) ?? "1000"),
    Areas: int.Parse(args.ElementAtOrDefault(3) ?? "300"));
Console.WriteLine(await new ReorganisationBenchmark(provider, size).RunAsync());
