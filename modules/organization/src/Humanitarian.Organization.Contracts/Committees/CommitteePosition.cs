namespace Humanitarian.Organization.Committees;

/// <summary>A member's position in a committee; it decides the role the member holds while the term runs.</summary>
public enum CommitteePosition
{
    Head,
    DeputyHead,
    StandingDeputy,
    Member,
}
