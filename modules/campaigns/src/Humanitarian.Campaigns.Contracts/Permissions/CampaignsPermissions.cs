namespace Humanitarian.Campaigns.Permissions;

// The root permission is what reading the module's lists needs; children are its operations.
public static class CampaignsPermissions
{
    public const string GroupName = "Humanitarian.Campaigns";

    public const string Default = GroupName;
    public const string Create = Default + ".Create";
    public const string Update = Default + ".Update";
    public const string Delete = Default + ".Delete";

    public static class Targets
    {
        public const string Default = GroupName + ".Targets";
        public const string Manage = Default + ".Manage";
    }

    public static class Tasks
    {
        public const string Default = GroupName + ".Tasks";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Submit = Default + ".Submit";
        public const string Review = Default + ".Review";
    }

    public static class Reminders
    {
        public const string Default = GroupName + ".Reminders";
        public const string Run = Default + ".Run";
    }
}
