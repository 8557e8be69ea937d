namespace Humanitarian.Campaigns.Campaigns;

public static class CampaignConsts
{
    public const int MaxNameLength = 256;
    public const int MaxThemeLength = 256;
    public const int MaxTextLength = 4000;

    /// <summary>Participant units and legal-basis documents one campaign names; a province has a few hundred units.</summary>
    public const int MaxParticipants = 2000;
    public const int MaxLegalBasis = 50;
}
