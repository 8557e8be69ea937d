namespace Humanitarian.Organization.Units;

public static class UnitConsts
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 256;
    public const int MaxContactNameLength = 256;
    public const int MaxContactPositionLength = 256;
    public const int MaxContactEmailLength = 256;
    public const int MaxContactPhoneLength = 32;
}
