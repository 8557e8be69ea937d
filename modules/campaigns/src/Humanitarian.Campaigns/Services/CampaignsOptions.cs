namespace Humanitarian.Campaigns.Services;

/// <summary>Configuration section <c>Campaigns</c>.</summary>
public sealed class CampaignsOptions
{
    public const string SectionName = "Campaigns";

    /// <summary>The largest file a report or an activity takes, in bytes (10 MB unless configured).</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}
