namespace Humanitarian.Fundraising.Permissions;

// The root permission is what reading the module's lists needs; children are its operations.
public static class FundraisingPermissions
{
    public const string GroupName = "Humanitarian.Fundraising";

    public const string Default = GroupName;

    public static class Funds
    {
        public const string Default = GroupName + ".Funds";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Donors
    {
        public const string Default = GroupName + ".Donors";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    /// <summary>A donation is never changed or deleted, only cancelled (its receipt number stays used).</summary>
    public static class Donations
    {
        public const string Default = GroupName + ".Donations";
        public const string Create = Default + ".Create";
        public const string Cancel = Default + ".Cancel";
    }

    public static class Pledges
    {
        public const string Default = GroupName + ".Pledges";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Disbursements
    {
        public const string Default = GroupName + ".Disbursements";
        public const string Create = Default + ".Create";
    }
}
