namespace Humanitarian.Organization.AdministrativeAreas;

public static class AdministrativeAreaConsts
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 256;
    public const int MaxFormerNamesLength = 1024;
}
