namespace Humanitarian.Organization.Data;

public static class OrganizationDbProperties
{
    public const string DbTablePrefix = "Org";

    public const string? DbSchema = null;
}
