using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Framework.Authorization;
using static Humanitarian.Framework.Authorization.DefaultRoleNames;

namespace Humanitarian.Beneficiaries.Permissions;

// Defaults for the roles every tenant starts with (admin holds everything anyway). A child only
// works under a granted parent, so each role's children are a subset of its parents' grants.
public sealed class BeneficiariesPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        var group = context.AddGroup(BeneficiariesPermissions.GroupName, "Permission:Beneficiaries", typeof(BeneficiariesResource));

        var root = group.AddPermission(BeneficiariesPermissions.Default, "Permission:Beneficiaries")
            .GrantByDefaultTo(Viewer, CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);

        var addresses = root.AddChild(BeneficiariesPermissions.Addresses.Default, "Permission:Addresses")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        addresses.AddChild(BeneficiariesPermissions.Addresses.Create, "Permission:Addresses.Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        addresses.AddChild(BeneficiariesPermissions.Addresses.Update, "Permission:Addresses.Update").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        addresses.AddChild(BeneficiariesPermissions.Addresses.Delete, "Permission:Addresses.Delete").GrantByDefaultTo(StandingDeputy);

        // HIV status, health data and national ID (Decree 13/2023/NĐ-CP): standing deputy only.
        root.AddChild(BeneficiariesPermissions.SensitiveData, "Permission:SensitiveData").GrantByDefaultTo(StandingDeputy);

        // The sponsorship floor binds every sponsor of the tenant: its admins only.
        root.AddChild(BeneficiariesPermissions.Settings, "Permission:Settings");

        var sponsorships = root.AddChild(BeneficiariesPermissions.Sponsorships.Default, "Permission:Sponsorships")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        sponsorships.AddChild(BeneficiariesPermissions.Sponsorships.Create, "Permission:Sponsorships.Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        sponsorships.AddChild(BeneficiariesPermissions.Sponsorships.Update, "Permission:Sponsorships.Update").GrantByDefaultTo(StandingDeputy);
        sponsorships.AddChild(BeneficiariesPermissions.Sponsorships.Delete, "Permission:Sponsorships.Delete").GrantByDefaultTo(StandingDeputy);

        // Requesters' contact details (Decree 13/2023/NĐ-CP): those who follow sponsorships up; approving makes one.
        var sponsorRequests = root.AddChild(BeneficiariesPermissions.SponsorRequests.Default, "Permission:SponsorRequests")
            .GrantByDefaultTo(StandingDeputy, CommitteeHead);
        sponsorRequests.AddChild(BeneficiariesPermissions.SponsorRequests.Decide, "Permission:SponsorRequests.Decide").GrantByDefaultTo(StandingDeputy);

        var supportDeliveries = root.AddChild(BeneficiariesPermissions.SupportDeliveries.Default, "Permission:SupportDeliveries")
            .GrantByDefaultTo(UnitOfficer, StandingDeputy, CommitteeHead);
        supportDeliveries.AddChild(BeneficiariesPermissions.SupportDeliveries.Create, "Permission:SupportDeliveries.Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        supportDeliveries.AddChild(BeneficiariesPermissions.SupportDeliveries.Delete, "Permission:SupportDeliveries.Delete").GrantByDefaultTo(StandingDeputy);

        // A round asks units for their dossiers through Campaigns' tasks: creating one also needs Campaigns.Tasks.Create.
        var surveyRounds = root.AddChild(BeneficiariesPermissions.SurveyRounds.Default, "Permission:SurveyRounds")
            .GrantByDefaultTo(CommitteeMember, UnitOfficer, StandingDeputy, CommitteeHead);
        surveyRounds.AddChild(BeneficiariesPermissions.SurveyRounds.Create, "Permission:SurveyRounds.Create").GrantByDefaultTo(StandingDeputy);
        // Checking deliveries with the addresses, as delivering them: the officer draws and records in
        // their units, the standing deputy in the tenant, the head reads the rates.
        var verifications = root.AddChild(BeneficiariesPermissions.Verifications.Default, "Permission:Verifications")
            .GrantByDefaultTo(UnitOfficer, StandingDeputy, CommitteeHead);
        verifications.AddChild(BeneficiariesPermissions.Verifications.Create, "Permission:Verifications.Create").GrantByDefaultTo(UnitOfficer, StandingDeputy);
        verifications.AddChild(BeneficiariesPermissions.Verifications.Record, "Permission:Verifications.Record").GrantByDefaultTo(UnitOfficer, StandingDeputy);
    }
}
