using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>Ends users' sessions as part of the caller's unit of work (removed when it saves).</summary>
public sealed class IdentitySessionRevoker(HumanitarianDbContext dbContext) : IUserSessionRevoker, ITransientDependency
{
    public Task RevokeAllAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        RemoveSessionsAsync(dbContext, userIds, cancellationToken);

    /// <summary>Marks every session of the users for deletion, whatever their tenant.</summary>
    internal static async Task RemoveSessionsAsync(DbContext context, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return;
        }
        var sessions = await context.Set<IdentitySession>().IgnoreQueryFilters()
            .Where(s => userIds.Contains(s.UserId)).ToListAsync(cancellationToken);
        context.Set<IdentitySession>().RemoveRange(sessions);
    }
}
