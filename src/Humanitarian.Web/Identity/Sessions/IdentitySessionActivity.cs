using System.Collections.Concurrent;
using Humanitarian.Web.AuthServer;
using Humanitarian.Web.Data;
using Humanitarian.Web.Startup;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>
/// The last access time and address of each session, gathered in memory and written in batches by
/// <see cref="IdentitySessionActivityJob"/>: a write on every request would queue behind long imports
/// holding SQLite's write lock.
/// </summary>
public sealed class IdentitySessionActivity
{
    private readonly ConcurrentDictionary<Guid, (DateTime Time, string? IpAddress)> _pending = new();

    public void Record(Guid sessionId, DateTime time, string? ipAddress) => _pending[sessionId] = (time, ipAddress);

    public IReadOnlyList<(Guid SessionId, DateTime Time, string? IpAddress)> Take()
    {
        var taken = new List<(Guid, DateTime, string?)>();
        foreach (var sessionId in _pending.Keys)
        {
            if (_pending.TryRemove(sessionId, out var access))
            {
                taken.Add((sessionId, access.Time, access.IpAddress));
            }
        }
        return taken;
    }
}

/// <summary>Writes the gathered session activity and removes sessions that can no longer be used.</summary>
[DisallowConcurrentExecution]
public sealed class IdentitySessionActivityJob(
    IdentitySessionActivity activity, HumanitarianDbContext dbContext, TimeProvider clock, StartupState startup,
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    IOptions<AuthServerOptions> authServer) : IJob
{
    public const int BatchSize = 500;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!startup.IsReady)
        {
            return; // the table may not exist before the migrations have run
        }
        var sessions = dbContext.Set<IdentitySession>().IgnoreQueryFilters();
        foreach (var batch in activity.Take().Chunk(BatchSize))
        {
            var ids = batch.Select(a => a.SessionId).ToList();
            var rows = await sessions.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var access in batch)
            {
                rows.GetValueOrDefault(access.SessionId)?.RecordAccess(access.Time, access.IpAddress);
            }
            await dbContext.SaveChangesAsync(cancellationToken);
            dbContext.ChangeTracker.Clear();
        }

        // A cookie unused for its whole lifetime cannot be used again; nor can tokens unused for as long as
        // the longest of them lives (a refresh, like every call, counts as a use and gives new tokens).
        var now = clock.GetUtcNow().UtcDateTime;
        var cookieIdleLimit = now - cookieOptions.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan;
        var tokenIdleLimit = now - TimeSpanMax(authServer.Value.AccessTokenLifetime, authServer.Value.RefreshTokenLifetime);
        await sessions
            .Where(s => (s.Device == IdentitySessionDevices.Web && (s.LastAccessed ?? s.SignedIn) < cookieIdleLimit)
                        || (s.Device == IdentitySessionDevices.OAuth && (s.LastAccessed ?? s.SignedIn) < tokenIdleLimit))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static TimeSpan TimeSpanMax(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
