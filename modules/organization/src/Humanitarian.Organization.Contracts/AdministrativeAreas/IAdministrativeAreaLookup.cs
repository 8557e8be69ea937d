namespace Humanitarian.Organization.AdministrativeAreas;

/// <summary>
/// Integration service: lets the host and other modules read a tenant's areas without depending on
/// Organization's entities (the reorganisation page offers to send each top-level area to its own
/// successor; a humanitarian address names its commune).
/// </summary>
public interface IAdministrativeAreaLookup
{
    /// <returns>The current tenant's areas that have no parent area, by code.</returns>
    Task<IReadOnlyList<AdministrativeAreaSummary>> GetTopLevelAsync();

    /// <returns>The current tenant's commune-tier area (commune, ward, township, special zone) of that id; null when there is none.</returns>
    Task<AdministrativeAreaSummary?> FindCommuneAsync(Guid id);

    /// <returns>
    /// The current tenant's commune-tier area of that name, case and marks folded; else the one that took
    /// it over in a merger (a former name); null when none or more than one match.
    /// </returns>
    Task<AdministrativeAreaSummary?> FindCommuneAsync(string name);
}

/// <summary>What another module needs to name an area.</summary>
public sealed record AdministrativeAreaSummary(Guid Id, string Code, string Name, AdministrativeAreaLevel Level);
