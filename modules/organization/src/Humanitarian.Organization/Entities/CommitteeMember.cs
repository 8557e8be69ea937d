using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Committees;

namespace Humanitarian.Organization.Entities;

/// <summary>One person's seat in a committee for one term (a person may hold seats in several committees).</summary>
public sealed class CommitteeMember : CreationAuditedEntity<Guid>, IInheritedByLegalHeir, IConfersUserRoles
{
    public Guid? TenantId { get; set; }
    public Guid CommitteeId { get; private set; }
    public string FullName { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public Guid? UnitId { get; private set; }
    public CommitteePosition Position { get; private set; }
    public string? Title { get; private set; }
    public DateOnly TermStart { get; private set; }

    /// <summary>The last day of the term; null while it runs open-ended.</summary>
    public DateOnly? TermEnd { get; private set; }

    private CommitteeMember() { }

    internal CommitteeMember(Guid id, Guid committeeId, string fullName, CommitteePosition position, DateOnly termStart, DateOnly? termEnd)
        : base(id)
    {
        CommitteeId = committeeId;
        FullName = fullName;
        Position = position;
        TermStart = termStart;
        TermEnd = termEnd;
    }

    public bool IsCurrentOn(DateOnly day) => TermStart <= day && (TermEnd is null || TermEnd >= day);

    public bool HasEndedBefore(DateOnly day) => TermEnd < day;

    /// <summary>Whether this term and the period from <paramref name="start"/> to <paramref name="end"/> share a day.</summary>
    public bool Overlaps(DateOnly start, DateOnly? end) =>
        (TermEnd is null || TermEnd >= start) && (end is null || end >= TermStart);

    /// <summary>Who sits in the seat (name, user, unit, title); the position and the term are the committee's to change.</summary>
    public void SetHolder(string fullName, Guid? userId, Guid? unitId, string? title)
    {
        FullName = fullName.Trim();
        UserId = userId;
        UnitId = unitId;
        Title = title;
    }

    /// <summary>Through <see cref="Committee"/>, which checks the term's order.</summary>
    internal void EndTerm(DateOnly lastDay) => TermEnd = lastDay;
}
