using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Committees;

namespace Humanitarian.Organization.Entities;

/// <summary>
/// A steering committee or fundraising board with its members. Members are never removed: a replaced
/// member's term is ended, so the committee's history stays.
/// </summary>
public sealed class Committee : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    private readonly List<CommitteeMember> _members = [];

    public Guid? TenantId { get; set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public CommitteeKind Kind { get; set; }
    public string? CampaignOrFundName { get; set; }
    public Guid? EstablishingDocumentId { get; set; }
    public Guid? ParentId { get; set; }
    public string? Note { get; set; }
    public IReadOnlyList<CommitteeMember> Members => _members;

    private Committee() { }

    public Committee(Guid id, string name, CommitteeKind kind) : base(id)
    {
        SetName(name);
        Kind = kind;
    }

    public void SetName(string name)
    {
        Name = name.Trim();
        NormalizedName = SearchText.Normalize(Name);
    }

    public CommitteeMember AddMember(string fullName, CommitteePosition position, DateOnly termStart)
    {
        var member = new CommitteeMember(Guid.NewGuid(), Id, fullName, position, termStart);
        _members.Add(member);
        return member;
    }

    /// <summary>A committee has one Head and one Standing Deputy at a time; other positions have many holders.</summary>
    public static bool IsSingleSeat(CommitteePosition position) =>
        position is CommitteePosition.Head or CommitteePosition.StandingDeputy;

    /// <summary>Another member holding <paramref name="position"/> for a day of the given period.</summary>
    public CommitteeMember? FindHolderDuring(CommitteePosition position, DateOnly start, DateOnly? end) =>
        _members.FirstOrDefault(m => m.Position == position && m.Overlaps(start, end));

    public CommitteeMember GetMember(Guid memberId) =>
        _members.FirstOrDefault(m => m.Id == memberId) ?? throw new EntityNotFoundException(typeof(CommitteeMember), memberId);
}
