using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Campaigns.Entities;

/// <summary>
/// A summary as it was made on closing: its figures are kept (as JSON of the summary the API returns), so
/// reports reopened or activities recorded later do not change what was concluded and what Awards read.
/// </summary>
public sealed class CampaignSummary : CreationAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    /// <summary>The key of a one-off campaign's summary, which covers the whole campaign.</summary>
    public const int WholeCampaign = 0;

    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }

    /// <summary>A recurring campaign's run; <see cref="WholeCampaign"/> for a one-off campaign (unique with the campaign).</summary>
    public int Year { get; private set; }

    public string Content { get; private set; } = "";

    private CampaignSummary() { }

    public CampaignSummary(Guid id, Guid campaignId, int year, string content) : base(id)
    {
        CampaignId = campaignId;
        Year = year;
        Content = content;
    }
}
