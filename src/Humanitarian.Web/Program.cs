using Humanitarian.Framework;
using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.Modularity;
using Humanitarian.Web;
using Humanitarian.Web.Identity.Sessions;
using Humanitarian.Web.Startup;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

// Content and web roots are the app's base directory, so `dotnet run` and `dotnet Humanitarian.Web.dll`
// from the output folder find the same appsettings, seeds and static files.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
var modules = builder.Services.AddApplication<HumanitarianWebModule>(builder.Configuration);
HumanitarianFrameworkModule.AddModuleParts(builder.Services.AddControllersWithViews(), modules);

var app = builder.Build();
DataProtectionSetup.CheckKeyProtection(app);
// First: everything after it (cookies, rate limits, sessions, HSTS) sees the client's own address and scheme.
app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseAbpErrorPages("/Error", showDeveloperErrors: app.Environment.IsDevelopment());
app.UseStaticFiles();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = DatabaseHealthCheck.WriteResponseAsync });
app.UseRequestLocalization();
// ABP's Angular admin UI: static files, served even while the database is still being prepared.
app.UseAngularAdmin();
// After localization: the 503 while starting is in the request's language.
app.UseMiddleware<StartupGateMiddleware>();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<IdentitySessionCheckMiddleware>();
app.UseAbpMultiTenancy();
app.UseAuthorization();
app.UseAbpAntiforgeryCookie();
app.UseAbpIdempotency();
app.InitializeApplication();

app.MapOpenApi();
// The system's fonts: Scalar's default ones come from its CDN, which the page's CSP (and many offices' networks) refuse.
app.MapScalarApiReference(options => options.DisableDefaultFonts());
app.MapControllers();
app.MapRazorPages();
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
