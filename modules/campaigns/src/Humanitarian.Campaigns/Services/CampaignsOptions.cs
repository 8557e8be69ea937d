namespace Humanitarian.Campaigns.Services;

/// <summary>Configuration section <c>Campaigns</c>.</summary>
public sealed class CampaignsOptions
{
    public const string SectionName = "Campaigns";

    /// <summary>The largest file a report or an activity takes, in bytes (10 MB unless configured).</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// When the reminder policy runs each day, Vietnam time ("07:00" unless configured); empty turns the
    /// daily run off (the tests run it themselves).
    /// </summary>
    public string? DailyReminderTime { get; set; } = "07:00";
}
