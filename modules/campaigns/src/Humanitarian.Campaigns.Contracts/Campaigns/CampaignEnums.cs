namespace Humanitarian.Campaigns.Campaigns;

/// <summary>What kind of campaign a plan runs (cuộc vận động, phong trào, đề án...).</summary>
public enum CampaignKind
{
    HumanitarianAddress,
    HumanitarianMonth,
    TetNhanAi,
    FundDrive,
    ChildrenSupport,
    BloodDonation,
    Other,
}

/// <summary>Draft → Active → Closed → Summarised; a campaign is created Active unless told.</summary>
public enum CampaignStatus
{
    Draft,
    Active,
    Closed,
    Summarised,
}
