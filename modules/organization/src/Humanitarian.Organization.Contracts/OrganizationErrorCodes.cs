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
    public const string UnitCodeTaken = "Organization:UnitCodeTaken";
    public const string ParentUnitNotFound = "Organization:ParentUnitNotFound";
    public const string UnitParentRequired = "Organization:UnitParentRequired";
    public const string UnitParentCycle = "Organization:UnitParentCycle";
    public const string AdministrativeAreaCodeTaken = "Organization:AdministrativeAreaCodeTaken";
    public const string ParentAdministrativeAreaNotFound = "Organization:ParentAdministrativeAreaNotFound";
    public const string AdministrativeAreaParentCycle = "Organization:AdministrativeAreaParentCycle";
    public const string ParentCommitteeNotFound = "Organization:ParentCommitteeNotFound";
    public const string CommitteeParentCycle = "Organization:CommitteeParentCycle";
    public const string DocumentNumberTaken = "Organization:DocumentNumberTaken";
    public const string DocumentNumberTakenUndated = "Organization:DocumentNumberTakenUndated";
    public const string RecipientUnitNotFound = "Organization:RecipientUnitNotFound";
    public const string LegalBasisNeedsDocumentOrReference = "Organization:LegalBasisNeedsDocumentOrReference";
    public const string ReminderContactNeedsEmail = "Organization:ReminderContactNeedsEmail";
    public const string SeatRolesAreForTenants = "Organization:SeatRolesAreForTenants";
}
