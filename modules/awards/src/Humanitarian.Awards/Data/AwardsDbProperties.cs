namespace Humanitarian.Awards.Data;

public static class AwardsDbProperties
{
    public const string DbTablePrefix = "Awd";

    public const string? DbSchema = null;
}
