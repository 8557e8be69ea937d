using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Fundraising.Donors;

/// <summary>The period (Vietnam days, both ends included) and the fund the totals count; none is all.</summary>
public sealed class DonorTotalsInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public Guid? FundId { get; set; }

    /// <summary>How many of the top donors.</summary>
    [Range(1, 100)]
    public int Count { get; set; } = 10;
}

/// <summary>What one donor gave in the period: donations not cancelled, cash and the estimated value of goods.</summary>
public sealed class DonorTotalDto
{
    public Guid DonorId { get; set; }
    public string Name { get; set; } = "";
    public DonorKind Kind { get; set; }

    /// <summary>Gave anonymously: named to staff, never in public or on a commendation without asking.</summary>
    public bool IsAnonymous { get; set; }

    public long Amount { get; set; }
    public int Donations { get; set; }
}

public sealed class DonorKindTotalDto
{
    public DonorKind Kind { get; set; }
    public long Amount { get; set; }
    public int Donors { get; set; }
    public int Donations { get; set; }
}
