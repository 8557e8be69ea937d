namespace Humanitarian.Framework.Users;

/// <summary>
/// The role names of the current tenant, for modules that do not own the identity store (e.g. to let a
/// tenant admin choose the role a committee seat confers). The host implements it.
/// </summary>
public interface IExternalRoleLookupServiceProvider
{
    Task<IReadOnlyList<string>> GetRoleNamesAsync(CancellationToken cancellationToken = default);

    /// <returns>The current tenant's active users holding <paramref name="roleName"/> (e.g. its admins, whom a missed deadline escalates to).</returns>
    Task<IReadOnlyList<IUserData>> GetActiveUsersInRoleAsync(string roleName, CancellationToken cancellationToken = default);
}
