namespace Humanitarian.Framework.Users;

/// <summary>
/// Ends every sign-in session of some users with the current unit of work, for a module whose change
/// alters what those users may do (the roles their committee seats confer). The host implements it.
/// </summary>
public interface IUserSessionRevoker
{
    Task RevokeAllAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
