namespace Humanitarian.Campaigns.Campaigns;

/// <summary>How a campaign's period comes back from year to year.</summary>
public enum CampaignRecurrence
{
    /// <summary>A single period: a three-year campaign, an epidemic-fund drive.</summary>
    None,

    /// <summary>The same solar days each year: Tháng Nhân đạo, 1–31 May.</summary>
    Yearly,

    /// <summary>The same lunar days each year: Tết Nhân ái, from the 15th of the 12th month to Tết.</summary>
    YearlyLunar,
}
