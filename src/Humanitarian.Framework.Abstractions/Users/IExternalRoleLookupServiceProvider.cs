namespace Humanitarian.Framework.Users;

/// <summary>
/// The role names of the current tenant, for modules that do not own the identity store (e.g. to let a
/// tenant admin choose the role a committee seat confers). The host implements it.
/// </summary>
public interface IExternalRoleLookupServiceProvider
{
    Task<IReadOnlyList<string>> GetRoleNamesAsync(CancellationToken cancellationToken = default);
}
