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

        /// <summary>Link a user account to a seat (the seat gives the user its role): role assignment, so admin only by default.</summary>
        public const string LinkUsers = Default + ".LinkUsers";

        /// <summary>Choose the role each position confers (<c>/api/app/committee-seat-role</c>).</summary>
        public const string ManageSeatRoles = Default + ".ManageSeatRoles";
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
