using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Authorization;
using static Humanitarian.Framework.Authorization.DefaultRoleNames;

namespace Humanitarian.Campaigns.Permissions;

// Defaults for the roles every tenant starts with (admin holds everything anyway). A child only
// works under a granted parent, so each role's children are a subset of its parents' grants. The
// committee's side (standing deputy, head) plans and reviews; unit officers report and record activities.
public sealed class CampaignsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        var group = context.AddGroup(CampaignsPermissions.GroupName, "Permission:Campaigns", typeof(CampaignsResource));

        var root = group.AddPermission(CampaignsPermissions.Default, "Permission:Campaigns")
            .GrantByDefaultTo(Viewer, CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);

        var campaigns = root.AddChild(CampaignsPermissions.Campaigns.Default, "Permission:Campaigns.Manage")
            .GrantByDefaultTo(StandingDeputy);
        campaigns.AddChild(CampaignsPermissions.Campaigns.Create, "Permission:Create").GrantByDefaultTo(StandingDeputy);
        campaigns.AddChild(CampaignsPermissions.Campaigns.Update, "Permission:Update").GrantByDefaultTo(StandingDeputy);
        campaigns.AddChild(CampaignsPermissions.Campaigns.Delete, "Permission:Delete").GrantByDefaultTo(StandingDeputy);

        var tasks = root.AddChild(CampaignsPermissions.Tasks.Default, "Permission:Tasks")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        tasks.AddChild(CampaignsPermissions.Tasks.Create, "Permission:Create").GrantByDefaultTo(StandingDeputy);
        tasks.AddChild(CampaignsPermissions.Tasks.Update, "Permission:Update").GrantByDefaultTo(StandingDeputy);
        tasks.AddChild(CampaignsPermissions.Tasks.Delete, "Permission:Delete").GrantByDefaultTo(StandingDeputy);
        tasks.AddChild(CampaignsPermissions.Tasks.Submit, "Permission:Tasks.Submit").GrantByDefaultTo(UnitOfficer);

        var reports = root.AddChild(CampaignsPermissions.Reports.Default, "Permission:Reports")
            .GrantByDefaultTo(StandingDeputy, CommitteeHead);
        reports.AddChild(CampaignsPermissions.Reports.Review, "Permission:Reports.Review").GrantByDefaultTo(StandingDeputy, CommitteeHead);
        reports.AddChild(CampaignsPermissions.Reports.Reopen, "Permission:Reports.Reopen").GrantByDefaultTo(StandingDeputy);

        var activities = root.AddChild(CampaignsPermissions.Activities.Default, "Permission:Activities")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        activities.AddChild(CampaignsPermissions.Activities.Create, "Permission:Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        activities.AddChild(CampaignsPermissions.Activities.Update, "Permission:Update").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        activities.AddChild(CampaignsPermissions.Activities.Delete, "Permission:Delete").GrantByDefaultTo(UnitOfficer, StandingDeputy);

        // A unit officer sees what was sent about their units' tasks (the history keeps to their units).
        var reminders = root.AddChild(CampaignsPermissions.Reminders.Default, "Permission:Reminders")
            .GrantByDefaultTo(UnitOfficer, StandingDeputy, CommitteeHead);
        reminders.AddChild(CampaignsPermissions.Reminders.Run, "Permission:Reminders.Run").GrantByDefaultTo(StandingDeputy, CommitteeHead);
        // Who is written to and how often is the tenant's policy: its admins' decision.
        reminders.AddChild(CampaignsPermissions.Reminders.Settings, "Permission:Reminders.Settings");
    }
}
