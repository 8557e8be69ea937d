using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Units;

/// <summary>
/// Where each unit of a closing tenant goes in a merger or dissolution, as Organization decides it (its
/// participant runs first). Another module's participant asks it so that what belongs to a unit — its
/// users, its open work — follows the unit.
/// </summary>
public interface IUnitReorganisationDestinations
{
    /// <returns>The unit's destination; the heir for a unit not moved by this reorganisation, or none.</returns>
    TenantConfiguration DestinationOf(TenantReorganisationContext context, Guid? unitId);
}
