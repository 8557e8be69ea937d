namespace Humanitarian.Organization.Units;

/// <summary>
/// Which units the current user may see: a user attached to a unit sees that unit and everything
/// below it; a user attached to none is not restricted. Every module filters unit-owned work by it.
/// </summary>
public interface IUnitScope
{
    /// <returns>Null when the user is not restricted; else the user's unit and all its descendants.</returns>
    Task<IReadOnlySet<Guid>?> GetVisibleUnitIdsAsync();
}
