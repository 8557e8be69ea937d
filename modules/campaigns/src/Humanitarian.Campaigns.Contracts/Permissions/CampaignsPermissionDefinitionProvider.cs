using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Authorization;
using static Humanitarian.Framework.Authorization.DefaultRoleNames;

namespace Humanitarian.Campaigns.Permissions;

// Defaults for the roles every tenant starts with (admin holds everything anyway). A child only
// works under a granted parent, so each role's children are a subset of its parents' grants.
public sealed class CampaignsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        var group = context.AddGroup(CampaignsPermissions.GroupName, "Permission:Campaigns", typeof(CampaignsResource));

        var root = group.AddPermission(CampaignsPermissions.Default, "Permission:Campaigns")
            .GrantByDefaultTo(Viewer, CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);

        root.AddChild(CampaignsPermissions.Create, "Permission:Create").GrantByDefaultTo(StandingDeputy);
        root.AddChild(CampaignsPermissions.Update, "Permission:Update").GrantByDefaultTo(StandingDeputy);
        root.AddChild(CampaignsPermissions.Delete, "Permission:Delete").GrantByDefaultTo(StandingDeputy);

        var targets = root.AddChild(CampaignsPermissions.Targets.Default, "Permission:Targets")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        targets.AddChild(CampaignsPermissions.Targets.Manage, "Permission:Targets.Manage").GrantByDefaultTo(StandingDeputy);

        var tasks = root.AddChild(CampaignsPermissions.Tasks.Default, "Permission:Tasks")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        tasks.AddChild(CampaignsPermissions.Tasks.Create, "Permission:Tasks.Create").GrantByDefaultTo(StandingDeputy);
        tasks.AddChild(CampaignsPermissions.Tasks.Update, "Permission:Tasks.Update").GrantByDefaultTo(StandingDeputy);
        tasks.AddChild(CampaignsPermissions.Tasks.Submit, "Permission:Tasks.Submit").GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy);
        tasks.AddChild(CampaignsPermissions.Tasks.Review, "Permission:Tasks.Review").GrantByDefaultTo(StandingDeputy, CommitteeHead);

        var reminders = root.AddChild(CampaignsPermissions.Reminders.Default, "Permission:Reminders")
            .GrantByDefaultTo(StandingDeputy, CommitteeHead);
        reminders.AddChild(CampaignsPermissions.Reminders.Run, "Permission:Reminders.Run").GrantByDefaultTo(StandingDeputy, CommitteeHead);
    }
}
