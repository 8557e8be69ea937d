namespace Humanitarian.Organization.AdministrativeAreas;

/// <summary>
/// Integration service: lets the host read a tenant's areas without depending on Organization's entities
/// (the reorganisation page offers to send each top-level area to its own successor).
/// </summary>
public interface IAdministrativeAreaLookup
{
    /// <returns>The current tenant's areas that have no parent area, by code.</returns>
    Task<IReadOnlyList<AdministrativeAreaSummary>> GetTopLevelAsync();
}

/// <summary>What another module needs to name an area.</summary>
public sealed record AdministrativeAreaSummary(Guid Id, string Code, string Name, AdministrativeAreaLevel Level);
