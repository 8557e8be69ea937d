using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// A donor's promise to give a fund an amount (cam kết ủng hộ), at once by a day or in instalments. Donations
/// recorded against it fulfil it; what they brought is summed from them, so a cancelled one stops counting by
/// itself. A pledge by a single day is one instalment, so that every rule reads the schedule the same way.
/// </summary>
public sealed class Pledge : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    public const int MaxInstalments = 60;

    public Guid? TenantId { get; set; }
    public Guid FundId { get; private set; }
    public Guid DonorId { get; private set; }
    public long Amount { get; private set; }

    /// <summary>The last instalment's day: when the whole amount is due.</summary>
    public DateOnly DueDate { get; private set; }

    public Guid? CollectingUnitId { get; private set; }
    public string? Note { get; private set; }

    /// <summary>In date order; their amounts sum to <see cref="Amount"/>.</summary>
    public List<PledgeInstalment> Instalments { get; private set; } = [];

    private Pledge() { }

    public Pledge(Guid id, Guid fundId, Guid donorId) : base(id) => (FundId, DonorId) = (fundId, donorId);

    /// <summary>Its donor found twice and merged: the promise is the kept donor's.</summary>
    public void MoveToDonor(Guid keptDonorId) => DonorId = keptDonorId;

    /// <param name="dueDate">The day for a pledge given at once; with instalments, null or the last one's day.</param>
    /// <param name="schedule">The instalments, in any order; null or empty for a pledge given at once.</param>
    public void Set(long amount, DateOnly? dueDate, IReadOnlyList<(DateOnly DueDate, long Amount)>? schedule, Guid? collectingUnitId, string? note)
    {
        Amount = amount > 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, "A pledge promises money.");
        var planned = schedule is { Count: > 0 } ? schedule.OrderBy(i => i.DueDate).ToList() : null;
        if (planned is null)
        {
            planned = [(dueDate ?? throw new BusinessException(FundraisingErrorCodes.PledgeNeedsDueDate).WithMember("DueDate"), amount)];
        }
        else if (planned.Count > MaxInstalments || planned.Any(i => i.Amount <= 0) || planned.Select(i => i.DueDate).Distinct().Count() != planned.Count)
        {
            throw new BusinessException(FundraisingErrorCodes.InvalidInstalments).WithData("max", MaxInstalments).WithMember("Instalments");
        }
        else if (planned.Sum(i => i.Amount) is var sum && sum != amount)
        {
            throw new BusinessException(FundraisingErrorCodes.InstalmentsDoNotAddUp)
                .WithData("sum", Vnd.Format(sum)).WithData("amount", Vnd.Format(amount)).WithMember("Instalments");
        }
        else if (dueDate is { } day && day != planned[^1].DueDate)
        {
            throw new BusinessException(FundraisingErrorCodes.DueDateNotLastInstalment).WithMember("DueDate");
        }
        DueDate = planned[^1].DueDate;
        if (!planned.SequenceEqual(Instalments.Select(i => (i.DueDate, i.Amount))))
        {
            Instalments.Clear();
            Instalments.AddRange(planned.Select(i => new PledgeInstalment(Guid.NewGuid(), Id, i.DueDate, i.Amount)));
        }
        (CollectingUnitId, Note) = (collectingUnitId, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>What should have been given by the end of <paramref name="day"/>.</summary>
    public long AmountDueBy(DateOnly day) => Instalments.Where(i => i.DueDate <= day).Sum(i => i.Amount);

    /// <summary>Behind its schedule: an instalment's day has passed (in Vietnam) without what was due by then.</summary>
    public bool IsOverdue(long fulfilled, DateOnly today) => fulfilled < AmountDueBy(today.AddDays(-1));

    /// <summary>The day of the first instalment not yet covered by <paramref name="fulfilled"/>; null once it all is.</summary>
    public DateOnly? NextDueDate(long fulfilled)
    {
        var cumulative = 0L;
        foreach (var instalment in Instalments.OrderBy(i => i.DueDate))
        {
            cumulative += instalment.Amount;
            if (cumulative > fulfilled)
            {
                return instalment.DueDate;
            }
        }
        return null;
    }
}

/// <summary>One part of a pledge: how much by which day.</summary>
public sealed class PledgeInstalment : Entity<Guid>
{
    public Guid PledgeId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public long Amount { get; private set; }

    private PledgeInstalment() { }

    internal PledgeInstalment(Guid id, Guid pledgeId, DateOnly dueDate, long amount) : base(id) => (PledgeId, DueDate, Amount) = (pledgeId, dueDate, amount);
}
