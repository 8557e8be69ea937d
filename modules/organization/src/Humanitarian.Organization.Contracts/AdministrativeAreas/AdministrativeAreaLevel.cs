namespace Humanitarian.Organization.AdministrativeAreas;

/// <summary>
/// The kind of an administrative area. District, Town and ProvincialCity are the district tier that
/// existed until 1 July 2025; the others are the commune tier (communes, wards, townships, special zones).
/// </summary>
public enum AdministrativeAreaLevel
{
    District,
    Town,
    ProvincialCity,
    Commune,
    Ward,
    Township,
    SpecialZone,
}
