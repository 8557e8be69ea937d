using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Campaigns.Services.Campaigns;

internal static class CampaignMappings
{
    public static CampaignDto ToDto(this Campaign campaign, FormerTenantNames formerTenants) => new()
    {
        Id = campaign.Id,
        Name = campaign.Name,
        Kind = campaign.Kind,
        Status = campaign.Status,
        Recurrence = campaign.Recurrence,
        StartDate = campaign.StartDate,
        EndDate = campaign.EndDate,
        Theme = campaign.ThemeOf(campaign.FirstYear),
        Purposes = campaign.Purposes,
        CommitteeId = campaign.CommitteeId,
        LegalBasisDocumentIds = campaign.LegalBasis.Select(b => b.DocumentId).ToList(),
        ParticipantUnitIds = campaign.Participants.Select(p => p.UnitId).ToList(),
        ConcurrencyStamp = campaign.ConcurrencyStamp,
        TenantId = campaign.TenantId,
        FormerTenantName = formerTenants.Of(campaign.TenantId),
        CreationTime = campaign.CreationTime,
        CreatorId = campaign.CreatorId,
        LastModificationTime = campaign.LastModificationTime,
        LastModifierId = campaign.LastModifierId,
    };

    public static CampaignOccurrenceDto ToDto(this OccurrencePeriod occurrence, Campaign campaign) => new()
    {
        Year = occurrence.Year,
        StartDate = occurrence.StartDate,
        EndDate = occurrence.EndDate,
        Theme = campaign.ThemeOf(occurrence.Year),
    };
}
