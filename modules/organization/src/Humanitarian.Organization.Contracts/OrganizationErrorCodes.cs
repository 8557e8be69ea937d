namespace Humanitarian.Organization;

/// <summary>Codes of the module's business errors (the <c>code</c> of ABP's error body).</summary>
public static class OrganizationErrorCodes
{
    public const string UnitHasChildren = "Organization:UnitHasChildren";
    public const string UnitInUse = "Organization:UnitInUse";
    public const string AreaInUse = "Organization:AreaInUse";
    public const string CommitteeHasChildren = "Organization:CommitteeHasChildren";
    public const string MemberTermAlreadyEnded = "Organization:MemberTermAlreadyEnded";
    public const string TermEndBeforeStart = "Organization:TermEndBeforeStart";
    public const string SuccessorStartsTooEarly = "Organization:SuccessorStartsTooEarly";
    public const string PositionAlreadyHeld = "Organization:PositionAlreadyHeld";
    public const string SeatRolesAreForTenants = "Organization:SeatRolesAreForTenants";
}
