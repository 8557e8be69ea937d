using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>
/// Starts, checks and ends sign-in sessions. The check reads the session row on every request (one
/// lookup by key), so an ended session stops working on every server at once.
/// </summary>
public sealed class IdentitySessionManager(
    HumanitarianDbContext dbContext, IHttpContextAccessor httpContextAccessor, IdentitySessionActivity activity,
    TimeProvider clock) : IScopedDependency
{
    /// <summary>Records a new sign-in of <paramref name="user"/> and returns the claim that names it.</summary>
    public async Task<Claim> StartAsync(AppUser user, string device, string? clientId)
    {
        var http = httpContextAccessor.HttpContext;
        var session = new IdentitySession(user.Id, user.TenantId, device, http?.Request.Headers.UserAgent.ToString(),
            clientId, http?.Connection.RemoteIpAddress?.ToString(), clock.GetUtcNow().UtcDateTime);
        dbContext.Set<IdentitySession>().Add(session);
        await dbContext.SaveChangesAsync();
        return new Claim(AbpClaimTypes.SessionId, session.Id.ToString());
    }

    /// <summary>
    /// True while the principal's session exists. A principal without a session claim (issued before
    /// sessions were kept) has no session to check and is refused too.
    /// </summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal)
    {
        if (SessionIdOf(principal) is not { } sessionId
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }
        // The session's own user, whatever the request's tenant: the row is found by its key.
        var found = await dbContext.Set<IdentitySession>().IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(s => s.Id == sessionId && s.UserId == userId);
        if (found)
        {
            activity.Record(sessionId, clock.GetUtcNow().UtcDateTime,
                httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString());
        }
        return found;
    }

    /// <summary>Ends the session the principal signed in with (logout).</summary>
    public async Task EndAsync(ClaimsPrincipal principal)
    {
        if (SessionIdOf(principal) is { } sessionId)
        {
            await dbContext.Set<IdentitySession>().IgnoreQueryFilters().Where(s => s.Id == sessionId).ExecuteDeleteAsync();
        }
    }

    public static Guid? SessionIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AbpClaimTypes.SessionId), out var id) ? id : null;
}
