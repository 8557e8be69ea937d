using System.Globalization;
using System.Text.Json;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Framework.BackgroundJobs;

/// <summary>
/// Writes jobs to <c>AbpBackgroundJobs</c> with who, where and in which culture they were enqueued.
/// </summary>
/// <remarks>
/// Inside a unit of work — the transaction <see cref="UnitOfWorkFilter"/> opens around a state-changing
/// request, or the one a job runs in — the row is only added to the DbContext: the unit saves it with its
/// other changes and commits it, or rolls it back with them, so a failed request leaves no job behind.
/// Without one (a GET request, start-up code), nobody would save it: it is then saved at once through a
/// scope of its own, without flushing the caller's other pending changes.
/// </remarks>
public sealed class BackgroundJobManager(
    IAbpEfCoreDbContext dbContext, IServiceScopeFactory scopes, ICurrentTenant currentTenant, ICurrentUser currentUser,
    TimeProvider clock) : IBackgroundJobManager, ITransientDependency
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> EnqueueAsync<TArgs>(
        TArgs args, BackgroundJobPriority priority = BackgroundJobPriority.Normal, TimeSpan? delay = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new BackgroundJobRecord
        {
            JobName = BackgroundJobNameAttribute.GetName<TArgs>(),
            JobArgs = JsonSerializer.Serialize(args, Json),
            Priority = priority,
            CreationTime = now,
            NextTryTime = delay is { } wait ? now + wait : now,
            TenantId = currentTenant.Id,
            UserId = currentUser.Id,
            CultureName = CultureInfo.CurrentCulture.Name,
            UICultureName = CultureInfo.CurrentUICulture.Name,
        };
        if (dbContext.Database.CurrentTransaction is not null)
        {
            dbContext.Set<BackgroundJobRecord>().Add(record);
        }
        else
        {
            await using var scope = scopes.CreateAsyncScope();
            var own = scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>();
            own.Set<BackgroundJobRecord>().Add(record);
            await own.SaveChangesAsync();
        }
        return record.Id.ToString();
    }
}
