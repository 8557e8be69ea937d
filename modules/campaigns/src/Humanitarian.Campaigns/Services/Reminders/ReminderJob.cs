using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>
/// The daily run of the reminder policy — and on Mondays (in Hà Nội) the weekly digest — for the host and
/// every open tenant in turn, each in a scope of its own. It runs on every server: what it writes is unique
/// in the database, so a second server queues nothing the first did. A tenant that fails is logged and the
/// others still get their reminders.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, ITenantStore tenantStore, TimeProvider clock, ILogger<ReminderJob> logger)
    : IJob
{
    public const string Name = "reminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RunForAllTenantsAsync(cancellationToken);

    /// <returns>How many reminders were queued in all (digests not counted).</returns>
    public async Task<int> RunForAllTenantsAsync(CancellationToken cancellationToken = default)
    {
        var isDigestDay = VietnamCalendar.Today(clock).DayOfWeek == DayOfWeek.Monday;
        var tenants = (await tenantStore.GetAllAsync()).Where(t => t.IsActive && !t.IsClosed).ToList<TenantConfiguration?>();
        tenants.Insert(0, null);
        var queued = 0;
        foreach (var tenant in tenants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            using var change = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
            try
            {
                queued += await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunAsync(cancellationToken);
                if (isDigestDay)
                {
                    await scope.ServiceProvider.GetRequiredService<ReminderDigest>().SendAsync(cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The reminder run failed for tenant {Tenant}", tenant?.Name ?? "(host)");
            }
        }
        return queued;
    }
}
