using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Committees;

namespace Humanitarian.Organization.Entities;

/// <summary>
/// A steering committee or fundraising board with its members. Members are never removed: a replaced
/// member's term is ended, so the committee's history stays.
/// </summary>
public sealed class Committee : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir, IHasParent
{
    private readonly List<CommitteeMember> _members = [];

    public Guid? TenantId { get; set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public CommitteeKind Kind { get; private set; }

    /// <summary>The campaign or fund the committee serves, as text.</summary>
    public string? CampaignOrFundName { get; private set; }

    /// <summary>The decision that set the committee up.</summary>
    public Guid? EstablishingDocumentId { get; private set; }

    public Guid? ParentId { get; private set; }
    public string? Note { get; private set; }
    public IReadOnlyList<CommitteeMember> Members => _members;

    private Committee() { }

    public Committee(Guid id, string name, CommitteeKind kind) : base(id)
    {
        Update(name, kind, null, null);
    }

    /// <summary>Optional texts left blank are stored as null.</summary>
    public void Update(string name, CommitteeKind kind, string? campaignOrFundName, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NormalizedName = SearchText.Normalize(Name);
        Kind = kind;
        CampaignOrFundName = TextInput.OrNull(campaignOrFundName);
        Note = TextInput.OrNull(note);
    }

    /// <summary>The caller has checked that the document is one the tenant may cite; none when null.</summary>
    public void SetEstablishingDocument(Guid? documentId) => EstablishingDocumentId = documentId;

    /// <summary>
    /// Puts the committee below <paramref name="parentId"/> (top level when null), e.g. a district board
    /// under the city board. A committee cannot be its own parent; whether the parent exists and lies
    /// outside the committee's subtree needs the tree, so the caller checks that first with <c>TreeRules</c>.
    /// </summary>
    public void MoveTo(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new BusinessException(OrganizationErrorCodes.CommitteeParentCycle).WithMember(nameof(ParentId));
        }
        ParentId = parentId;
    }

    /// <summary>Seats a member; the term may be given with its end (a past term recorded afterwards).</summary>
    public CommitteeMember AddMember(string fullName, CommitteePosition position, DateOnly termStart, DateOnly? termEnd = null)
    {
        if (termEnd < termStart)
        {
            throw TermEndBeforeStart();
        }
        EnsureSeatIsFree(position, termStart, termEnd);
        var member = new CommitteeMember(Guid.NewGuid(), Id, fullName.Trim(), position, termStart, termEnd);
        _members.Add(member);
        return member;
    }

    /// <summary>Ends a running term on <paramref name="lastDay"/>; from the day after, the seat confers no role.</summary>
    public CommitteeMember EndMemberTerm(Guid memberId, DateOnly lastDay)
    {
        var member = GetRunningMember(memberId);
        if (lastDay < member.TermStart)
        {
            throw TermEndBeforeStart();
        }
        member.EndTerm(lastDay);
        return member;
    }

    /// <summary>Kiện toàn: the replaced member's term ends the day before the successor's starts.</summary>
    /// <param name="position">The successor's position; the replaced member's when null.</param>
    public CommitteeMember ReplaceMember(Guid memberId, string fullName, CommitteePosition? position, DateOnly termStart)
    {
        var replaced = GetRunningMember(memberId);
        if (termStart <= replaced.TermStart)
        {
            throw new BusinessException(OrganizationErrorCodes.SuccessorStartsTooEarly)
                .WithData("termStart", replaced.TermStart).WithMember(nameof(CommitteeMember.TermStart));
        }
        replaced.EndTerm(termStart.AddDays(-1));
        return AddMember(fullName, position ?? replaced.Position, termStart);
    }

    /// <summary>
    /// The committee stays with a tenant that closes (merged or dissolved): every term still running on
    /// <paramref name="lastDay"/> ends that day, so the seats' roles lapse. A term that had not begun yet
    /// ends the day it would have begun.
    /// </summary>
    /// <returns>How many terms were ended.</returns>
    public int EndTermsRunningAfter(DateOnly lastDay)
    {
        var running = _members.Where(m => m.TermEnd is null || m.TermEnd > lastDay).ToList();
        foreach (var member in running)
        {
            member.EndTerm(lastDay < member.TermStart ? member.TermStart : lastDay);
        }
        return running.Count;
    }

    /// <summary>A committee has one Head and one Standing Deputy at a time; other positions have many holders.</summary>
    public static bool IsSingleSeat(CommitteePosition position) =>
        position is CommitteePosition.Head or CommitteePosition.StandingDeputy;

    private void EnsureSeatIsFree(CommitteePosition position, DateOnly start, DateOnly? end)
    {
        if (IsSingleSeat(position) && _members.FirstOrDefault(m => m.Position == position && m.Overlaps(start, end)) is { } holder)
        {
            throw new BusinessException(OrganizationErrorCodes.PositionAlreadyHeld)
                .WithData("position", position).WithData("holder", holder.FullName).WithMember(nameof(CommitteeMember.Position));
        }
    }

    private CommitteeMember GetRunningMember(Guid memberId)
    {
        var member = GetMember(memberId);
        if (member.TermEnd is not null)
        {
            throw new BusinessException(OrganizationErrorCodes.MemberTermAlreadyEnded).WithData("fullName", member.FullName);
        }
        return member;
    }

    private static BusinessException TermEndBeforeStart() =>
        new BusinessException(OrganizationErrorCodes.TermEndBeforeStart).WithMember(nameof(CommitteeMember.TermEnd));

    public CommitteeMember GetMember(Guid memberId) =>
        _members.FirstOrDefault(m => m.Id == memberId) ?? throw new EntityNotFoundException(typeof(CommitteeMember), memberId);
}
