using Humanitarian.Bench;
using Humanitarian.Web.Data;

// dotnet run --project bench/Humanitarian.Bench -c Release -- [sqlite|mysql] [units] [users] [areas]
// dotnet run --project bench/Humanitarian.Bench -c Release -- sign-in [sqlite|mysql] [tries]
// dotnet run --project bench/Humanitarian.Bench -c Release -- reporting-rates [sqlite|mysql] [runs]
// dotnet run --project bench/Humanitarian.Bench -c Release -- reminders [sqlite|mysql] [tasks] [delivery-limit-s] [dispatch-interval-s]
// dotnet run --project bench/Humanitarian.Bench -c Release -- address-import [sqlite|mysql] [addresses]
// dotnet run --project bench/Humanitarian.Bench -c Release -- address-list [sqlite|mysql] [addresses] [seconds]   # needs wrk
// dotnet run --project bench/Humanitarian.Bench -c Release -- fundraising [sqlite|mysql] [donations] [seconds] [recordings] [clients]   # needs wrk
var scenario = args.ElementAtOrDefault(0) is "sign-in" or "reporting-rates" or "reminders" or "address-import" or "address-list" or "fundraising" ? args[0] : null;
var rest = scenario is null ? args : args[1..];
var provider = rest.ElementAtOrDefault(0)?.ToLowerInvariant() == "mysql" ? DatabaseProvider.MySql : DatabaseProvider.Sqlite;
if (scenario == "sign-in")
{
    Console.WriteLine(await new SignInTimingBenchmark(provider, int.Parse(rest.ElementAtOrDefault(1) ?? "50")).RunAsync());
    return;
}
if (scenario == "reporting-rates")
{
    Console.WriteLine(await new ReportingRatesBenchmark(provider, int.Parse(rest.ElementAtOrDefault(1) ?? "30")).RunAsync());
    return;
}
if (scenario == "reminders")
{
    Console.WriteLine(await new RemindersBenchmark(provider,
        tasks: int.Parse(rest.ElementAtOrDefault(1) ?? "10000"),
        dispatchIntervalSeconds: int.Parse(rest.ElementAtOrDefault(3) ?? RemindersBenchmark.ProductionDispatchIntervalSeconds.ToString()),
        deliveryLimit: TimeSpan.FromSeconds(int.Parse(rest.ElementAtOrDefault(2) ?? "600"))).RunAsync());
    return;
}
if (scenario == "address-import")
{
    Console.WriteLine(await new AddressImportBenchmark(provider, int.Parse(rest.ElementAtOrDefault(1) ?? "50000")).RunAsync());
    return;
}
if (scenario == "address-list")
{
    Console.WriteLine(await new AddressListBenchmark(provider,
        addresses: int.Parse(rest.ElementAtOrDefault(1) ?? "200000"),
        seconds: int.Parse(rest.ElementAtOrDefault(2) ?? "20")).RunAsync());
    return;
}
if (scenario == "fundraising")
{
    Console.WriteLine(await new FundraisingBenchmark(provider,
        donations: int.Parse(rest.ElementAtOrDefault(1) ?? "4000000"),
        seconds: int.Parse(rest.ElementAtOrDefault(2) ?? "10"),
        recordings: int.Parse(rest.ElementAtOrDefault(3) ?? "2000"),
        clients: int.Parse(rest.ElementAtOrDefault(4) ?? "8")).RunAsync());
    return;
}
var size = new ReorganisationBenchmark.Size(
    Units: int.Parse(rest.ElementAtOrDefault(1) ?? "3000"),
    Users: int.Parse(rest.ElementAtOrDefault(2) ?? "1000"),
    Areas: int.Parse(rest.ElementAtOrDefault(3) ?? "300"));
Console.WriteLine(await new ReorganisationBenchmark(provider, size).RunAsync());
