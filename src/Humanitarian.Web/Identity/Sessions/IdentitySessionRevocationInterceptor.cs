using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>
/// Ends a user's sessions in the same transaction as any change that should sign the user out:
/// deletion, deactivation, a new password or security stamp, a move to another tenant, a role gained or
/// lost, a role renamed or deleted, or a change to a record that confers roles (a committee seat).
/// Watching the saved changes, not the services, covers every path that makes such a change.
/// </summary>
public sealed class IdentitySessionRevocationInterceptor : SaveChangesInterceptor, IScopedDependency
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RevokeAsync(eventData.Context!, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RevokeAsync(eventData.Context!, cancellationToken);
        return result;
    }

    private static async Task RevokeAsync(DbContext context, CancellationToken cancellationToken)
    {
        var entries = context.ChangeTracker.DetectedEntries();
        var userIds = entries.SelectMany(UsersSignedOutBy).ToHashSet();
        var changedRoles = entries
            .Where(e => e.Entity is AppRole && (e.State == EntityState.Deleted || IsModified(e, nameof(AppRole.Name))))
            .Select(e => ((AppRole)e.Entity).Id).ToList();
        if (changedRoles.Count > 0)
        {
            userIds.UnionWith(await context.Set<IdentityUserRole<Guid>>().AsNoTracking()
                .Where(ur => changedRoles.Contains(ur.RoleId)).Select(ur => ur.UserId).ToListAsync(cancellationToken));
        }
        await IdentitySessionRevoker.RemoveSessionsAsync(context, userIds, cancellationToken);
    }

    private static IEnumerable<Guid> UsersSignedOutBy(EntityEntry entry) => entry.Entity switch
    {
        AppUser user when entry.State == EntityState.Deleted
                          || (entry.State == EntityState.Modified && SignsOut(entry)) => [user.Id],
        IdentityUserRole<Guid> userRole when entry.State is EntityState.Added or EntityState.Deleted => [userRole.UserId],
        IConfersUserRoles seat when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted =>
            SeatUsers(entry, seat),
        _ => [],
    };

    private static bool SignsOut(EntityEntry user) =>
        IsModified(user, nameof(AppUser.SecurityStamp)) || IsModified(user, nameof(AppUser.PasswordHash))
        || IsModified(user, nameof(AppUser.TenantId))
        || (IsModified(user, nameof(AppUser.IsActive)) && !((AppUser)user.Entity).IsActive);

    /// <summary>The user seated now and the one seated before, if the seat changed hands.</summary>
    private static IEnumerable<Guid> SeatUsers(EntityEntry entry, IConfersUserRoles seat)
    {
        if (seat.UserId is { } current)
        {
            yield return current;
        }
        if (entry.State == EntityState.Modified
            && entry.Property(nameof(IConfersUserRoles.UserId)).OriginalValue is Guid previous && previous != seat.UserId)
        {
            yield return previous;
        }
    }

    private static bool IsModified(EntityEntry entry, string property) =>
        entry.State == EntityState.Modified && entry.Property(property).IsModified
        && !Equals(entry.Property(property).OriginalValue, entry.Property(property).CurrentValue);
}
