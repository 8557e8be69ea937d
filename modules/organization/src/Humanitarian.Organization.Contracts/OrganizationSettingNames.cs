namespace Humanitarian.Organization;

public static class OrganizationSettingNames
{
    /// <summary>Per tenant: the role each committee position confers, as JSON (<c>{"Head":"committee-head",…}</c>).</summary>
    public const string CommitteeSeatRoles = "Humanitarian.Organization.CommitteeSeatRoles";
}
