using Humanitarian.Campaigns.Activities;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;

namespace Humanitarian.Campaigns.Entities;

/// <summary>What a unit did for a campaign: a conference, a propaganda session, a blood drive, a charity fair...</summary>
public sealed class CampaignActivity : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    private readonly List<ActivityAttachment> _attachments = [];

    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }
    public Guid UnitId { get; private set; }
    public CampaignActivityKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public string Title { get; private set; } = "";
    public string NormalizedTitle { get; private set; } = "";
    public string? Place { get; private set; }
    public int? Participants { get; private set; }

    /// <summary>Money and gifts raised, integer VND.</summary>
    public long? AmountRaised { get; private set; }

    public string? Note { get; private set; }

    public IReadOnlyList<ActivityAttachment> Attachments => _attachments;

    private CampaignActivity() { }

    public CampaignActivity(Guid id, Guid campaignId, Guid unitId) : base(id)
    {
        CampaignId = campaignId;
        UnitId = unitId;
    }

    public void Describe(CampaignActivityKind kind, DateOnly date, string title, string? place, int? participants, long? amountRaised, string? note)
    {
        Kind = kind;
        Date = date;
        Title = title.Trim();
        NormalizedTitle = SearchText.Normalize(Title);
        Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        Participants = participants;
        AmountRaised = amountRaised;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>Moved to another unit of the same campaign (the activity was recorded under the wrong unit).</summary>
    public void MoveTo(Guid unitId) => UnitId = unitId;

    /// <exception cref="BusinessException">Already <see cref="CampaignAttachmentRules.MaxPerRecord"/> files.</exception>
    public ActivityAttachment AddAttachment(CheckedAttachment upload)
    {
        if (_attachments.Count >= CampaignAttachmentRules.MaxPerRecord)
        {
            throw new BusinessException(CampaignsErrorCodes.TooManyAttachments)
                .WithData("max", CampaignAttachmentRules.MaxPerRecord).WithMember("file");
        }
        var attachment = new ActivityAttachment(Guid.NewGuid(), Id, upload);
        _attachments.Add(attachment);
        return attachment;
    }

    public ActivityAttachment GetAttachment(Guid attachmentId) =>
        _attachments.FirstOrDefault(a => a.Id == attachmentId)
        ?? throw new EntityNotFoundException(typeof(ActivityAttachment), attachmentId);

    public void RemoveAttachment(Guid attachmentId) => _attachments.Remove(GetAttachment(attachmentId));
}
