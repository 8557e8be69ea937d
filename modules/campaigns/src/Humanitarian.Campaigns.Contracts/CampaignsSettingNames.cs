namespace Humanitarian.Campaigns;

public static class CampaignsSettingNames
{
    /// <summary>
    /// Days after an occurrence ends during which units may still submit their reports (DHIS2's expiry
    /// days); later, a report is locked until someone with Reports.Reopen reopens it for one unit.
    /// </summary>
    public const string ReportLockDays = "Humanitarian.Campaigns.ReportLockDays";
}
