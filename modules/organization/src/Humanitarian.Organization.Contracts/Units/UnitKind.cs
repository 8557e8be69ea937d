namespace Humanitarian.Organization.Units;

/// <summary>What kind of body a unit is (DOMAIN.md, "The hierarchy and tenants").</summary>
public enum UnitKind
{
    Department,
    MassOrganization,
    RedCrossChapter,
    Commune,
    School,
    Business,
    PeopleCommittee,
    PartyCommittee,
    FatherlandFront,
    Other,
}
