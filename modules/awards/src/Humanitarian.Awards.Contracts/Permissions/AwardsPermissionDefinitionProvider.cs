using Humanitarian.Awards.Localization;
using Humanitarian.Framework.Authorization;
using static Humanitarian.Framework.Authorization.DefaultRoleNames;

namespace Humanitarian.Awards.Permissions;

// Defaults for the roles every tenant starts with (admin holds everything anyway). A child only
// works under a granted parent, so each role's children are a subset of its parents' grants.
public sealed class AwardsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        var group = context.AddGroup(AwardsPermissions.GroupName, "Permission:Awards", typeof(AwardsResource));

        var root = group.AddPermission(AwardsPermissions.Default, "Permission:Awards")
            .GrantByDefaultTo(Viewer, CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);

        var rounds = root.AddChild(AwardsPermissions.Rounds.Default, "Permission:Rounds")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        rounds.AddChild(AwardsPermissions.Rounds.Create, "Permission:Rounds.Create").GrantByDefaultTo(StandingDeputy);
        rounds.AddChild(AwardsPermissions.Rounds.Update, "Permission:Rounds.Update").GrantByDefaultTo(StandingDeputy);
        rounds.AddChild(AwardsPermissions.Rounds.Delete, "Permission:Rounds.Delete").GrantByDefaultTo(StandingDeputy);

        var nominations = root.AddChild(AwardsPermissions.Nominations.Default, "Permission:Nominations")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        nominations.AddChild(AwardsPermissions.Nominations.Create, "Permission:Nominations.Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        nominations.AddChild(AwardsPermissions.Nominations.Review, "Permission:Nominations.Review").GrantByDefaultTo(StandingDeputy, CommitteeHead);

        var decisions = root.AddChild(AwardsPermissions.Decisions.Default, "Permission:Decisions")
            .GrantByDefaultTo(StandingDeputy, CommitteeHead);
        // Issuing a decision is the committee head's signature.
        decisions.AddChild(AwardsPermissions.Decisions.Issue, "Permission:Decisions.Issue").GrantByDefaultTo(CommitteeHead);

        // The module has no pages or services yet: the editor would offer grants that open nothing.
        // The defaults above stay seeded, so enabling the group is all the awards work has to do.
        foreach (var permission in group.GetPermissionsWithChildren())
        {
            permission.IsEnabled = false;
        }
    }
}
