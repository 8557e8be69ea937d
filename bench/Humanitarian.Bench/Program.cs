using Humanitarian.Bench;
using Humanitarian.Web.Data;

// dotnet run --project bench/Humanitarian.Bench -c Release -- [sqlite|mysql] [units] [users] [areas]
// dotnet run --project bench/Humanitarian.Bench -c Release -- sign-in [sqlite|mysql] [tries]
var signIn = args.ElementAtOrDefault(0) == "sign-in";
var rest = signIn ? args[1..] : args;
var provider = rest.ElementAtOrDefault(0)?.ToLowerInvariant() == "mysql" ? DatabaseProvider.MySql : DatabaseProvider.Sqlite;
if (signIn)
{
    Console.WriteLine(await new SignInTimingBenchmark(provider, int.Parse(rest.ElementAtOrDefault(1) ?? "50")).RunAsync());
    return;
}
var size = new ReorganisationBenchmark.Size(
    Units: int.Parse(rest.ElementAtOrDefault(1) ?? "3000"),
    Users: int.Parse(rest.ElementAtOrDefault(2) ?? "1000"),
    Areas: int.Parse(rest.ElementAtOrDefault(3) ?? "300"));
Console.WriteLine(await new ReorganisationBenchmark(provider, size).RunAsync());
