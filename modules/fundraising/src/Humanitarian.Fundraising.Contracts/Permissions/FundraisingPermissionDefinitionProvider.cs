using Humanitarian.Fundraising.Localization;
using Humanitarian.Framework.Authorization;
using static Humanitarian.Framework.Authorization.DefaultRoleNames;

namespace Humanitarian.Fundraising.Permissions;

// Defaults for the roles every tenant starts with (admin holds everything anyway). A child only
// works under a granted parent, so each role's children are a subset of its parents' grants.
public sealed class FundraisingPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        var group = context.AddGroup(FundraisingPermissions.GroupName, "Permission:Fundraising", typeof(FundraisingResource));

        var root = group.AddPermission(FundraisingPermissions.Default, "Permission:Fundraising")
            .GrantByDefaultTo(Viewer, CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);

        var funds = root.AddChild(FundraisingPermissions.Funds.Default, "Permission:Funds")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        funds.AddChild(FundraisingPermissions.Funds.Create, "Permission:Funds.Create").GrantByDefaultTo(StandingDeputy);
        funds.AddChild(FundraisingPermissions.Funds.Update, "Permission:Funds.Update").GrantByDefaultTo(StandingDeputy);
        funds.AddChild(FundraisingPermissions.Funds.Delete, "Permission:Funds.Delete").GrantByDefaultTo(StandingDeputy);

        var donors = root.AddChild(FundraisingPermissions.Donors.Default, "Permission:Donors")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        donors.AddChild(FundraisingPermissions.Donors.Create, "Permission:Donors.Create").GrantByDefaultTo(StandingDeputy);
        donors.AddChild(FundraisingPermissions.Donors.Update, "Permission:Donors.Update").GrantByDefaultTo(StandingDeputy);
        donors.AddChild(FundraisingPermissions.Donors.Delete, "Permission:Donors.Delete").GrantByDefaultTo(StandingDeputy);

        var donations = root.AddChild(FundraisingPermissions.Donations.Default, "Permission:Donations")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        donations.AddChild(FundraisingPermissions.Donations.Create, "Permission:Donations.Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        donations.AddChild(FundraisingPermissions.Donations.Cancel, "Permission:Donations.Cancel").GrantByDefaultTo(StandingDeputy);

        var pledges = root.AddChild(FundraisingPermissions.Pledges.Default, "Permission:Pledges")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        pledges.AddChild(FundraisingPermissions.Pledges.Create, "Permission:Pledges.Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        pledges.AddChild(FundraisingPermissions.Pledges.Update, "Permission:Pledges.Update").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        pledges.AddChild(FundraisingPermissions.Pledges.Delete, "Permission:Pledges.Delete").GrantByDefaultTo(StandingDeputy);

        var disbursements = root.AddChild(FundraisingPermissions.Disbursements.Default, "Permission:Disbursements")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        disbursements.AddChild(FundraisingPermissions.Disbursements.Create, "Permission:Disbursements.Create").GrantByDefaultTo(StandingDeputy);
    }
}
