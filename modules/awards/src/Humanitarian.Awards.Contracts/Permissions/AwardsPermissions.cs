namespace Humanitarian.Awards.Permissions;

// The root permission is what reading the module's lists needs; children are its operations.
public static class AwardsPermissions
{
    public const string GroupName = "Humanitarian.Awards";

    public const string Default = GroupName;

    public static class Rounds
    {
        public const string Default = GroupName + ".Rounds";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Nominations
    {
        public const string Default = GroupName + ".Nominations";
        public const string Create = Default + ".Create";
        public const string Review = Default + ".Review";
    }

    public static class Decisions
    {
        public const string Default = GroupName + ".Decisions";
        public const string Issue = Default + ".Issue";
    }
}
