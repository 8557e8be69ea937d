namespace Humanitarian.Beneficiaries.Addresses;

public static class HumanitarianAddressConsts
{
    public const int MaxNameLength = 256;
    public const int MaxPhoneLength = 32;
    public const int MaxAddressLineLength = 512;
    public const int MaxCommuneLength = 256;
    public const int MaxTextLength = 4000;
    public const int MaxNationalIdInputLength = 32;
    public const int MinBirthYear = 1900;
    public const int MaxCapacity = 100_000;
    public const long MaxMonthlyValue = 1_000_000_000;
}
