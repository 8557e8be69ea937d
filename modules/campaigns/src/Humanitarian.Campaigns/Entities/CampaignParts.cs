using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Campaigns.Entities;

/// <summary>A unit the campaign is addressed to (a department, a mass organisation, a district chapter).</summary>
public sealed class CampaignParticipant : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }
    public Guid UnitId { get; private set; }

    private CampaignParticipant() { }

    internal CampaignParticipant(Guid id, Guid campaignId, Guid unitId) : base(id)
    {
        CampaignId = campaignId;
        UnitId = unitId;
    }
}

/// <summary>A document the plan rests on (Căn cứ): the tenant's, a parent tenant's or a national one.</summary>
public sealed class CampaignLegalBasis : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }
    public Guid DocumentId { get; private set; }

    private CampaignLegalBasis() { }

    internal CampaignLegalBasis(Guid id, Guid campaignId, Guid documentId) : base(id)
    {
        CampaignId = campaignId;
        DocumentId = documentId;
    }
}

/// <summary>One year's theme of a recurring campaign ("Hành trình nhân đạo – Trao nhận yêu thương", 2024).</summary>
public sealed class CampaignYearTheme : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }
    public int Year { get; private set; }
    public string Theme { get; private set; } = "";

    private CampaignYearTheme() { }

    internal CampaignYearTheme(Guid id, Guid campaignId, int year, string theme) : base(id)
    {
        CampaignId = campaignId;
        Year = year;
        Theme = theme;
    }
}
