using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Account;

/// <summary>
/// Counts failed sign-ins per (tenant, user name, client address) in the database, so every server of
/// a deployment sees the same counts. Identity's lockout numbers apply: after
/// <c>MaxFailedAccessAttempts</c> failures in a row that address is refused for <c>DefaultLockoutTimeSpan</c>.
/// Counts change by single UPDATE statements, so parallel attempts cannot lose a failure.
/// </summary>
public sealed class SignInThrottleStore(HumanitarianDbContext dbContext, IOptions<IdentityOptions> identityOptions, TimeProvider clock)
    : IScopedDependency
{
    private IQueryable<SignInThrottle> Throttles => dbContext.Set<SignInThrottle>().IgnoreQueryFilters();

    private LockoutOptions Lockout => identityOptions.Value.Lockout;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<bool> IsLockedOutAsync(SignInThrottleKey key)
    {
        var id = key.Id;
        var now = Now;
        return Throttles.AnyAsync(t => t.Id == id && t.LockoutEnd > now);
    }

    /// <summary>Counts a failure; true when it is the one that locks the address out.</summary>
    public async Task<bool> RecordFailureAsync(SignInThrottleKey key)
    {
        var id = key.Id;
        var now = Now;
        if (await IncrementAsync(id, now) == 0)
        {
            dbContext.Add(new SignInThrottle(key, now));
            try
            {
                await dbContext.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // A parallel attempt inserted the row first: count on it.
                dbContext.ChangeTracker.Clear();
                await IncrementAsync(id, now);
            }
        }
        var lockoutEnd = now + Lockout.DefaultLockoutTimeSpan;
        var max = Lockout.MaxFailedAccessAttempts;
        return await Throttles.Where(t => t.Id == id && t.FailedCount >= max)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FailedCount, 0).SetProperty(t => t.LockoutEnd, lockoutEnd)) > 0;
    }

    /// <summary>A successful sign-in starts the count again.</summary>
    public async Task ResetAsync(SignInThrottleKey key)
    {
        var id = key.Id;
        await Throttles.Where(t => t.Id == id).ExecuteDeleteAsync();
    }

    /// <summary>Rows with no lockout running and no failure for a day hold nothing worth keeping.</summary>
    public Task<int> DeleteStaleAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var staleBefore = now.AddDays(-1);
        return Throttles.Where(t => t.LastFailureTime < staleBefore && (t.LockoutEnd == null || t.LockoutEnd < now))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private Task<int> IncrementAsync(string id, DateTime now) =>
        Throttles.Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FailedCount, t => t.FailedCount + 1).SetProperty(t => t.LastFailureTime, now));
}
