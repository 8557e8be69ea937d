namespace Humanitarian.Campaigns.Permissions;

// The root permission is what reading the module's lists needs; children are its operations.
public static class CampaignsPermissions
{
    public const string GroupName = "Humanitarian.Campaigns";

    public const string Default = GroupName;

    /// <summary>The plan itself: period, participants, targets.</summary>
    public static class Campaigns
    {
        public const string Default = GroupName + ".Campaigns";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Tasks
    {
        public const string Default = GroupName + ".Tasks";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";

        /// <summary>A unit's report on its task, for the units of the user's scope.</summary>
        public const string Submit = Default + ".Submit";
    }

    /// <summary>The committee's side of reports: accept or return, reopen a locked one.</summary>
    public static class Reports
    {
        public const string Default = GroupName + ".Reports";
        public const string Review = Default + ".Review";
        public const string Reopen = Default + ".Reopen";
    }

    public static class Activities
    {
        public const string Default = GroupName + ".Activities";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Reminders
    {
        public const string Default = GroupName + ".Reminders";
        public const string Run = Default + ".Run";
        public const string Settings = Default + ".Settings";
    }
}
