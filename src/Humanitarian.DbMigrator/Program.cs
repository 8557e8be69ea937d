using Humanitarian.Framework.Modularity;
using Humanitarian.Web;
using Humanitarian.Web.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Loads the same modules as the web host (so every module's mapping and seed contributors are present),
// applies the migrations of the configured provider and seeds, then exits. Configuration as the host's:
// appsettings.json here, environment (ConnectionStrings__Default=...), or command line.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Services.AddApplication<HumanitarianWebModule>(builder.Configuration);
using var host = builder.Build();
await DatabaseInitializer.MigrateAndSeedAsync(host.Services, CancellationToken.None);
Console.WriteLine("Migrations applied and data seeded.");
