namespace Humanitarian.Organization.Units;

/// <summary>Integration service: lets the host and other modules check a unit id they are given.</summary>
public interface IUnitLookup
{
    /// <returns>True when the unit exists (and is not deleted) in the current tenant.</returns>
    Task<bool> ExistsAsync(Guid unitId);
}
