namespace Humanitarian.Beneficiaries.Data;

public static class BeneficiariesDbProperties
{
    public const string DbTablePrefix = "Ben";

    public const string? DbSchema = null;
}
