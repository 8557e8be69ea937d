namespace Humanitarian.Fundraising.Data;

public static class FundraisingDbProperties
{
    public const string DbTablePrefix = "Fnd";

    public const string? DbSchema = null;
}
