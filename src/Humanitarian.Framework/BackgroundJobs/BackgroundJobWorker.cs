using System.Security.Claims;
using System.Text.Json;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Uow;
using Humanitarian.Framework.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Humanitarian.Framework.BackgroundJobs;

/// <summary>
/// Runs due background jobs. Every server runs it (Quartz, every <c>JobPollPeriod</c>); each run first
/// claims a batch with one UPDATE that stamps its token and a lease, then runs only what it claimed, so
/// two servers never run one job at the same time (SQLite has no SKIP LOCKED).
/// </summary>
/// <remarks>
/// Each job runs in a fresh DI scope, in the enqueuing tenant, as the enqueuing user (rebuilt through
/// <see cref="IUserPrincipalFactory"/>; a user who is gone or deactivated means the job is abandoned, it
/// never runs as nobody) and in the enqueuing culture, inside a unit of work: one transaction whose
/// changes are saved at the end together with the removal of the job's row (unless the job class is
/// marked <c>[UnitOfWork(isTransactional: false)]</c>). A failure rolls the
/// job's changes back and schedules the next try (ABP's back-off). A server killed mid-job leaves its
/// lease to expire; the next run on any server takes the job again (its tries count the lost one),
/// so jobs must be idempotent or keep their effects in the unit of work. A run that lost its lease
/// (it was too slow to extend it) finds its row gone or re-claimed and rolls its own work back.
/// </remarks>
public sealed class BackgroundJobWorker(
    IAbpEfCoreDbContext dbContext,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<AbpBackgroundJobOptions> jobOptions,
    IOptions<AbpBackgroundJobWorkerOptions> workerOptions,
    ILoggerFactory loggerFactory) : ITransientDependency
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<BackgroundJobWorker>();

    private AbpBackgroundJobWorkerOptions Options => workerOptions.Value;

    private DbSet<BackgroundJobRecord> Jobs => dbContext.Set<BackgroundJobRecord>();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Claims the due jobs and runs them, highest priority first.</summary>
    /// <returns>How many jobs were tried (succeeded, failed or abandoned).</returns>
    public async Task<int> DoWorkAsync(CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimAsync(cancellationToken);
        var tried = 0;
        for (var i = 0; i < claimed.Count; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: what was not started goes back at once instead of waiting for its lease.
                var token = claimed[i].ClaimToken;
                await Jobs.Where(j => j.ClaimToken == token)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.ClaimToken, (Guid?)null).SetProperty(j => j.ClaimedUntil, (DateTime?)null),
                        CancellationToken.None);
                break;
            }
            if (await ExecuteAsync(claimed[i]))
            {
                tried++;
            }
        }
        return tried;
    }

    /// <summary>
    /// Claims up to <c>MaxJobFetchCount</c> due jobs for this run: not abandoned, due, and not held by
    /// another run's unexpired lease. Of two runs racing for a job, only one claims it.
    /// </summary>
    public async Task<IReadOnlyList<BackgroundJobRecord>> ClaimAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var token = Guid.NewGuid();
        var until = now + Options.JobLease;
        var due = await Jobs
            .Where(j => !j.IsAbandoned && j.NextTryTime <= now && (j.ClaimedUntil == null || j.ClaimedUntil < now))
            .OrderByDescending(j => j.Priority).ThenBy(j => j.NextTryTime)
            .Select(j => j.Id).Take(Options.MaxJobFetchCount).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }
        // The UPDATE re-checks everything: another run may have claimed, finished or failed a job since.
        await Jobs
            .Where(j => due.Contains(j.Id) && !j.IsAbandoned && j.NextTryTime <= now
                        && (j.ClaimedUntil == null || j.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.ClaimToken, token).SetProperty(j => j.ClaimedUntil, until), cancellationToken);
        return await Jobs.AsNoTracking().Where(j => j.ClaimToken == token)
            .OrderByDescending(j => j.Priority).ThenBy(j => j.NextTryTime).ToListAsync(cancellationToken);
    }

    /// <summary>Runs one job this run has claimed (see <see cref="ClaimAsync"/>).</summary>
    /// <returns>False when the claim was lost before the job started (another run holds it now).</returns>
    public async Task<bool> ExecuteAsync(BackgroundJobRecord job)
    {
        var token = job.ClaimToken ?? throw new ArgumentException("The job is not claimed.", nameof(job));
        var now = Now;
        // A try that ended, failed, moved the next try past itself; one that never ended did not.
        var lastTryCutShort = job.LastTryTime is { } lastTry && job.NextTryTime <= lastTry;
        // The try is counted and the lease renewed before any work: a try cut short by a dying server counts too.
        var started = await Mine(job.Id, token).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.TryCount, j => j.TryCount + 1)
            .SetProperty(j => j.LastTryTime, now)
            .SetProperty(j => j.ClaimedUntil, now + Options.JobLease));
        if (started == 0)
        {
            return false;
        }
        job.TryCount++;
        job.LastTryTime = now;

        if (lastTryCutShort && (now - job.CreationTime).TotalSeconds > Options.DefaultTimeout)
        {
            // Tries that never end (each killed its server) would otherwise come back forever; a job that
            // fails is abandoned as it fails, by the back-off.
            await AbandonAsync(job, token, "Timed out: its tries were cut short until the timeout passed.");
            return true;
        }
        if (jobOptions.Value.FindJob(job.JobName) is not { } configuration)
        {
            await AbandonAsync(job, token, $"No background job is registered for the name '{job.JobName}' on this server.");
            return true;
        }
        object args;
        try
        {
            args = JsonSerializer.Deserialize(job.JobArgs, configuration.ArgsType, BackgroundJobManager.Json)
                   ?? throw new JsonException("The arguments are null.");
        }
        catch (JsonException e)
        {
            await AbandonAsync(job, token, $"The arguments cannot be read as {configuration.ArgsType.FullName}: {e.Message}");
            return true;
        }

        try
        {
            var refusal = await RunAsync(job, token, configuration, args);
            if (refusal is not null)
            {
                await AbandonAsync(job, token, refusal);
            }
        }
        catch (Exception e)
        {
            await RecordFailureAsync(job, token, e);
        }
        return true;
    }

    /// <returns>Why the job may not run at all (its tenant or user is gone), or null once it has run.</returns>
    private async Task<string?> RunAsync(BackgroundJobRecord job, Guid token, BackgroundJobConfiguration configuration, object args)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;

        TenantConfiguration? tenant = null;
        if (job.TenantId is { } tenantId)
        {
            tenant = await services.GetRequiredService<ITenantStore>().FindAsync(tenantId);
            if (tenant is not { IsActive: true })
            {
                return $"The tenant {tenantId} that enqueued the job is gone or inactive.";
            }
        }
        using var inTenant = services.GetRequiredService<ICurrentTenant>().Change(tenant);

        // Nobody enqueued it (start-up code): it runs anonymous, never as whoever happens to be around.
        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (job.UserId is { } userId)
        {
            var user = await services.GetRequiredService<IUserPrincipalFactory>().CreateAsync(job.TenantId, userId);
            if (user is null)
            {
                return $"The user {userId} who enqueued the job is gone, inactive or locked out.";
            }
            principal = user;
        }
        using var asUser = services.GetRequiredService<ICurrentPrincipalAccessor>().Change(principal);

        using var inCulture = CultureScope.Use(job.CultureName, job.UICultureName);

        // Declared before the transaction, so it is stopped only after a rollback has released the
        // database (on SQLite the transaction holds the write lock the renewal waits for).
        await using var renewal = new LeaseRenewal(
            stop => ExtendLeaseAsync(job.Id, token, stop), Options.JobLease / 3, clock, _logger, job.Id);
        var unitOfWork = services.GetRequiredService<IAbpEfCoreDbContext>();
        var transactional = configuration.JobType.GetCustomAttributes(typeof(UnitOfWorkAttribute), true)
            .OfType<UnitOfWorkAttribute>().FirstOrDefault()?.IsTransactional ?? true;
        await using var transaction = transactional ? await unitOfWork.Database.BeginTransactionAsync() : null;
        await InvokeAsync(services.GetRequiredService(configuration.JobType), configuration, args);
        await unitOfWork.SaveChangesAsync();
        renewal.Stop();
        // The row goes with the job's own changes, and only while this run still holds it.
        if (await unitOfWork.Set<BackgroundJobRecord>().Where(j => j.Id == job.Id && j.ClaimToken == token).ExecuteDeleteAsync() == 0)
        {
            throw new LeaseLostException(transactional);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
        return null;
    }

    private Task InvokeAsync(object instance, BackgroundJobConfiguration configuration, object args) =>
        (Task)typeof(BackgroundJobWorker).GetMethod(nameof(InvokeTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(configuration.ArgsType)
            .Invoke(null, [instance, args, loggerFactory.CreateLogger(configuration.JobType)])!;

    private static async Task InvokeTypedAsync<TArgs>(object instance, TArgs args, ILogger logger)
    {
        switch (instance)
        {
            case AsyncBackgroundJob<TArgs> withLogger:
                withLogger.Logger = logger;
                await withLogger.ExecuteAsync(args);
                break;
            case IAsyncBackgroundJob<TArgs> asyncJob:
                await asyncJob.ExecuteAsync(args);
                break;
            case BackgroundJob<TArgs> withLogger:
                withLogger.Logger = logger;
                withLogger.Execute(args);
                break;
            case IBackgroundJob<TArgs> job:
                job.Execute(args);
                break;
            default:
                throw new InvalidOperationException($"{instance.GetType().FullName} is not a job for {typeof(TArgs).FullName}.");
        }
    }

    /// <summary>ABP's back-off: the next try after first wait × factor^(tries − 1), unless that is past the timeout.</summary>
    private async Task RecordFailureAsync(BackgroundJobRecord job, Guid token, Exception exception)
    {
        if (exception is LeaseLostException lost)
        {
            _logger.LogWarning("Background job {JobId} ({JobName}) lost its lease while running; another run has it (this run's work was {Outcome}).",
                job.Id, job.JobName, lost.RolledBack ? "rolled back" : "saved already");
            return;
        }
        var waitSeconds = Options.DefaultFirstWaitDuration * Math.Pow(Options.DefaultWaitFactor, job.TryCount - 1);
        var lastTry = job.LastTryTime!.Value;
        if ((lastTry - job.CreationTime).TotalSeconds + waitSeconds > Options.DefaultTimeout)
        {
            _logger.LogError(exception, "Background job {JobId} ({JobName}) failed on try {TryCount} and is abandoned (timeout).",
                job.Id, job.JobName, job.TryCount);
            await AbandonAsync(job, token, exception.Message, logged: true);
            return;
        }
        var next = lastTry.AddSeconds(waitSeconds);
        _logger.LogWarning(exception, "Background job {JobId} ({JobName}) failed on try {TryCount}; next try at {NextTryTime:o}.",
            job.Id, job.JobName, job.TryCount, next);
        var error = Truncate(exception.Message);
        await Mine(job.Id, token).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.NextTryTime, next)
            .SetProperty(j => j.LastError, error)
            .SetProperty(j => j.ClaimToken, (Guid?)null)
            .SetProperty(j => j.ClaimedUntil, (DateTime?)null));
    }

    private async Task AbandonAsync(BackgroundJobRecord job, Guid token, string reason, bool logged = false)
    {
        if (!logged)
        {
            _logger.LogError("Background job {JobId} ({JobName}) is abandoned: {Reason}", job.Id, job.JobName, reason);
        }
        var error = Truncate(reason);
        await Mine(job.Id, token).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.IsAbandoned, true)
            .SetProperty(j => j.LastError, error)
            .SetProperty(j => j.ClaimToken, (Guid?)null)
            .SetProperty(j => j.ClaimedUntil, (DateTime?)null));
    }

    /// <summary>The job's row while this run holds it: a run that lost its claim changes nothing.</summary>
    private IQueryable<BackgroundJobRecord> Mine(Guid id, Guid token) => Jobs.Where(j => j.Id == id && j.ClaimToken == token);

    private static string Truncate(string text) =>
        text.Length > BackgroundJobRecord.MaxLastErrorLength ? text[..BackgroundJobRecord.MaxLastErrorLength] : text;

    private sealed class LeaseLostException(bool rolledBack) : Exception("The job's lease was lost while it ran.")
    {
        public bool RolledBack { get; } = rolledBack;
    }

    /// <returns>False when the job is no longer this run's.</returns>
    private async Task<bool> ExtendLeaseAsync(Guid id, Guid token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var until = Now + Options.JobLease;
        return await scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>().Set<BackgroundJobRecord>()
            .Where(j => j.Id == id && j.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.ClaimedUntil, until), cancellationToken) > 0;
    }

    /// <summary>
    /// Extends a running job's lease every third of <c>JobLease</c> from a scope of its own, so a long
    /// job keeps it, while a dead server's job is free again after one lease at most. Chosen over one
    /// long lease, which would also be how long a killed server's job waits.
    /// </summary>
    private sealed class LeaseRenewal : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public LeaseRenewal(Func<CancellationToken, Task<bool>> extend, TimeSpan every, TimeProvider clock, ILogger logger, Guid id)
        {
            var stop = _stop.Token;
            _loop = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        await Task.Delay(every, clock, stop);
                        if (!await extend(stop) && !stop.IsCancellationRequested)
                        {
                            logger.LogWarning("Background job {JobId}: its lease could not be extended (it is claimed elsewhere).", id);
                            return;
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception e)
                    {
                        // On SQLite the job's own transaction holds the write lock: the next round tries again.
                        logger.LogDebug(e, "Background job {JobId}: extending its lease failed.", id);
                    }
                }
            }, CancellationToken.None);
        }

        public void Stop() => _stop.Cancel();

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }
}

/// <summary>Quartz runs the background job worker on every server every <c>JobPollPeriod</c>.</summary>
[DisallowConcurrentExecution]
public sealed class BackgroundJobWorkerJob(BackgroundJobWorker worker, IOptions<AbpBackgroundJobOptions> options) : IJob
{
    public const string Name = "abp-background-jobs";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (options.Value.IsJobExecutionEnabled)
        {
            await worker.DoWorkAsync(cancellationToken);
        }
    }
}
