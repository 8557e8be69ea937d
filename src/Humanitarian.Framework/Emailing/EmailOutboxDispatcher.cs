using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Humanitarian.Framework.Emailing;

/// <summary>
/// Delivers due outbox messages. Several servers may run it at once: each run first claims a batch
/// with one UPDATE that stamps its token and a lease, then sends only what it claimed. A crash leaves
/// the lease to expire and the message to the next run, so nothing is lost (at worst sent twice, under
/// the same Message-ID, which mail clients fold). Each message's outcome is saved as soon as the server
/// answers, so a crash repeats at most the one message in flight.
/// </summary>
public sealed class EmailOutboxDispatcher(
    IAbpEfCoreDbContext dbContext, IServiceScopeFactory scopes, TimeProvider clock, IOptions<EmailOutboxOptions> options,
    ILogger<EmailOutboxDispatcher> logger)
    : ITransientDependency
{
    public const int BatchSize = 20;

    public async Task<int> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        var until = now + options.Value.ClaimLease;
        var messages = dbContext.Set<EmailMessage>().IgnoreQueryFilters();
        var due = await messages
            .Where(m => m.Status == EmailMessageStatus.Queued && m.NextTryTime <= now
                        && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextTryTime).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        // The claim re-checks all the select asked, so of two racing servers only one wins each row: a
        // row another run sent (or failed) between this run's select and its claim has no lease any more,
        // only its new status and next try time keep it from being sent again.
        await messages
            .Where(m => due.Contains(m.Id) && m.Status == EmailMessageStatus.Queued && m.NextTryTime <= now
                        && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        var claimed = await messages.Where(m => m.ClaimToken == token).ToListAsync(cancellationToken);
        foreach (var ofTenant in claimed.GroupBy(m => m.TenantId))
        {
            await SendAsync(ofTenant.Key, ofTenant.ToList(), cancellationToken);
        }
        return claimed.Count;
    }

    /// <summary>
    /// One tenant's messages over one connection to its server (a scope of its own: the sender reads that
    /// tenant's settings). Each is saved as sent or failed right after its try, so a crash leaves at most
    /// the message in flight to be sent again.
    /// </summary>
    private async Task SendAsync(Guid? tenantId, List<EmailMessage> batch, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        SmtpSession session;
        try
        {
            session = await scope.ServiceProvider.GetRequiredService<MailKitEmailSender>().OpenSessionAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (var message in batch)
            {
                Failed(message, exception);
            }
            await dbContext.SaveChangesAsync(cancellationToken);
            return;
        }
        await using (session)
        {
            foreach (var message in batch)
            {
                try
                {
                    await session.SendAsync(message, cancellationToken);
                    message.MarkSent(clock.GetUtcNow().UtcDateTime);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Failed(message, exception);
                }
                await dbContext.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private void Failed(EmailMessage message, Exception exception)
    {
        logger.LogWarning(exception, "E-mail {Id} to {To} not sent (try {Try}).", message.Id, message.To, message.TryCount + 1);
        message.MarkFailedAttempt(exception.Message, clock.GetUtcNow().UtcDateTime);
    }
}

public sealed class EmailOutboxOptions
{
    /// <summary>
    /// How long a claimed batch is held (<c>Emailing:ClaimLeaseSeconds</c>, 300): what a crashed server's
    /// unsent claims wait before another takes them. Longer than sending a batch takes, or another server
    /// sends the batch's rest a second time.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Quartz runs the dispatcher on every server every few seconds. Each run sends batch after batch until
/// one comes back short: one batch per period capped delivery at two e-mails a second with the default
/// 10 s, so a day's reminders took hours. Each batch has a scope of its own, so the tracked messages do
/// not pile up in one context.
/// </summary>
[DisallowConcurrentExecution]
public sealed class EmailOutboxJob(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        int sent;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            sent = await scope.ServiceProvider.GetRequiredService<EmailOutboxDispatcher>().DispatchAsync(cancellationToken);
        }
        // A server shutting down stops after the batch in hand: the rest is sent by the next run, here or on
        // another server, and the shutdown is not held up.
        while (sent == EmailOutboxDispatcher.BatchSize && !lifetime.ApplicationStopping.IsCancellationRequested);
    }
}
