namespace Humanitarian.Beneficiaries.Permissions;

// The root permission is what reading the module's lists needs; children are its operations.
public static class BeneficiariesPermissions
{
    public const string GroupName = "Humanitarian.Beneficiaries";

    public const string Default = GroupName;
    public const string SensitiveData = Default + ".SensitiveData";
    public const string Settings = Default + ".Settings";

    public static class Addresses
    {
        public const string Default = GroupName + ".Addresses";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Sponsorships
    {
        public const string Default = GroupName + ".Sponsorships";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    /// <summary>The public "I want to sponsor" requests: their requesters' contact details, and deciding on them.</summary>
    public static class SponsorRequests
    {
        public const string Default = GroupName + ".SponsorRequests";
        public const string Decide = Default + ".Decide";
    }

    public static class SupportDeliveries
    {
        public const string Default = GroupName + ".SupportDeliveries";
        public const string Create = Default + ".Create";
        public const string Delete = Default + ".Delete";
    }

    public static class SurveyRounds
    {
        public const string Default = GroupName + ".SurveyRounds";
        public const string Create = Default + ".Create";
    }

    public static class Verifications
    {
        public const string Default = GroupName + ".Verifications";
        public const string Create = Default + ".Create";
        public const string Record = Default + ".Record";
    }
}
