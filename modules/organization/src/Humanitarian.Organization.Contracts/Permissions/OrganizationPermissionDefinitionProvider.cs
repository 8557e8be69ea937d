using Humanitarian.Organization.Localization;
using Humanitarian.Framework.Authorization;
using static Humanitarian.Framework.Authorization.DefaultRoleNames;

namespace Humanitarian.Organization.Permissions;

// Defaults for the roles every tenant starts with (admin holds everything anyway). A child only
// works under a granted parent, so each role's children are a subset of its parents' grants.
public sealed class OrganizationPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        var group = context.AddGroup(OrganizationPermissions.GroupName, "Permission:Organization", typeof(OrganizationResource));

        var root = group.AddPermission(OrganizationPermissions.Default, "Permission:Organization")
            .GrantByDefaultTo(Viewer, CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);

        var units = root.AddChild(OrganizationPermissions.Units.Default, "Permission:Units")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        units.AddChild(OrganizationPermissions.Units.Create, "Permission:Units.Create").GrantByDefaultTo(StandingDeputy);
        units.AddChild(OrganizationPermissions.Units.Update, "Permission:Units.Update").GrantByDefaultTo(StandingDeputy);
        // Deleting a unit cuts the tenant tree: admin only.
        units.AddChild(OrganizationPermissions.Units.Delete, "Permission:Units.Delete");

        var committees = root.AddChild(OrganizationPermissions.Committees.Default, "Permission:Committees")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        committees.AddChild(OrganizationPermissions.Committees.Create, "Permission:Committees.Create").GrantByDefaultTo(StandingDeputy);
        committees.AddChild(OrganizationPermissions.Committees.Update, "Permission:Committees.Update").GrantByDefaultTo(StandingDeputy);
        // Committees are organization structure: admin only.
        committees.AddChild(OrganizationPermissions.Committees.Delete, "Permission:Committees.Delete");
        // Seats confer roles: linking users to them, and what they confer, is role assignment (admin only).
        committees.AddChild(OrganizationPermissions.Committees.LinkUsers, "Permission:Committees.LinkUsers");
        committees.AddChild(OrganizationPermissions.Committees.ManageSeatRoles, "Permission:Committees.ManageSeatRoles");

        var documents = root.AddChild(OrganizationPermissions.Documents.Default, "Permission:Documents")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        documents.AddChild(OrganizationPermissions.Documents.Create, "Permission:Documents.Create").GrantByDefaultTo(StandingDeputy);
        documents.AddChild(OrganizationPermissions.Documents.Update, "Permission:Documents.Update").GrantByDefaultTo(StandingDeputy);
        documents.AddChild(OrganizationPermissions.Documents.Delete, "Permission:Documents.Delete").GrantByDefaultTo(StandingDeputy);

        var administrativeAreas = root.AddChild(OrganizationPermissions.AdministrativeAreas.Default, "Permission:AdministrativeAreas")
            .GrantByDefaultTo(StandingDeputy, CommitteeHead);
        administrativeAreas.AddChild(OrganizationPermissions.AdministrativeAreas.Manage, "Permission:AdministrativeAreas.Manage").GrantByDefaultTo(StandingDeputy);
    }
}
