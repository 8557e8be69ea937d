using System.Text.Json;
using Humanitarian.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Humanitarian.Web.Startup;

/// <summary>Healthy once start-up database work is done and the database answers.</summary>
public sealed class DatabaseHealthCheck(StartupState state, HumanitarianDbContext dbContext) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsReady)
        {
            return HealthCheckResult.Unhealthy(state.FailureMessage ?? "Applying migrations and seeding.");
        }
        try
        {
            return await dbContext.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(dbContext.Database.ProviderName)
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }

    /// <summary>
    /// The checks and their descriptions (database provider, start-up failure) for operators; in
    /// Production only the overall status, since /health is open to anyone who reaches the server.
    /// </summary>
    public static Task WriteResponseAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        if (context.RequestServices.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        }
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
            }),
        }));
    }
}
