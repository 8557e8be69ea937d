using System.Security.Claims;
using Humanitarian.Framework.Application;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>The one listing of sessions behind the admin's and the user's own API and pages.</summary>
public static class IdentitySessionQueries
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["signedIn"] = nameof(IdentitySession.SignedIn), ["lastAccessed"] = nameof(IdentitySession.LastAccessed),
        ["device"] = nameof(IdentitySession.Device), ["clientId"] = nameof(IdentitySession.ClientId),
    };

    public static async Task<PagedResultDto<IdentitySessionDto>> ToPagedDtosAsync(
        this IQueryable<IdentitySession> sessions, IQueryable<AppUser> users, GetIdentitySessionListInput input, ClaimsPrincipal caller)
    {
        if (input.UserId is { } userId)
        {
            sessions = sessions.Where(s => s.UserId == userId);
        }
        if (!string.IsNullOrWhiteSpace(input.Device))
        {
            sessions = sessions.Where(s => s.Device == input.Device);
        }
        if (!string.IsNullOrWhiteSpace(input.ClientId))
        {
            sessions = sessions.Where(s => s.ClientId == input.ClientId);
        }
        var total = await sessions.LongCountAsync();
        // By default the most recently used first, which no single column gives.
        var ordered = string.IsNullOrWhiteSpace(input.Sorting)
            ? sessions.OrderByDescending(s => s.LastAccessed ?? s.SignedIn).ThenByDescending(s => s.SignedIn)
            : sessions.ApplySorting(input.Sorting, "signedIn desc", Sortable);
        var page = await ordered.AsNoTracking()
            .PageBy(input)
            .Select(s => new { Session = s, UserName = users.Where(u => u.Id == s.UserId).Select(u => u.UserName).FirstOrDefault() })
            .ToListAsync();
        var current = IdentitySessionManager.SessionIdOf(caller);
        return new PagedResultDto<IdentitySessionDto>(total, page.Select(row => ToDto(row.Session, row.UserName, current)).ToList());
    }

    private static IdentitySessionDto ToDto(IdentitySession session, string? userName, Guid? current) => new()
    {
        Id = session.Id,
        UserId = session.UserId,
        UserName = userName,
        TenantId = session.TenantId,
        Device = session.Device,
        DeviceInfo = session.DeviceInfo,
        ClientId = session.ClientId,
        IpAddresses = session.IpAddresses?.Split(',') ?? [],
        SignedIn = session.SignedIn,
        LastAccessed = session.LastAccessed,
        IsCurrent = session.Id == current,
    };
}
