namespace Humanitarian.Organization.Permissions;

// The root permission is what reading the module's lists needs; children are its operations.
public static class OrganizationPermissions
{
    public const string GroupName = "Humanitarian.Organization";

    public const string Default = GroupName;

    public static class Units
    {
        public const string Default = GroupName + ".Units";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Committees
    {
        public const string Default = GroupName + ".Committees";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Documents
    {
        public const string Default = GroupName + ".Documents";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class AdministrativeAreas
    {
        public const string Default = GroupName + ".AdministrativeAreas";
        public const string Manage = Default + ".Manage";
    }
}
