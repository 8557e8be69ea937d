namespace Humanitarian.Campaigns.Data;

public static class CampaignsDbProperties
{
    public const string DbTablePrefix = "Cmp";

    public const string? DbSchema = null;
}
