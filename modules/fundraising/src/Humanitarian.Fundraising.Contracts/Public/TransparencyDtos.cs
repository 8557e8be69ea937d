using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Fundraising.Disbursements;

namespace Humanitarian.Fundraising.Public;

/// <summary>A fund as its public statement shows it ("công khai, minh bạch").</summary>
public class PublicFundSummaryDto
{
    public Guid FundId { get; set; }
    public string FundName { get; set; } = "";

    /// <summary>What was received and not cancelled, in VND.</summary>
    public long TotalReceived { get; set; }

    public long TotalSpent { get; set; }
}

public sealed class PublicFundDto : PublicFundSummaryDto
{
    /// <summary>Received and spent per calendar month ("2024-05"), oldest first.</summary>
    public IReadOnlyList<PublicMonthDto> Months { get; set; } = [];

    /// <summary>The latest donations, newest first.</summary>
    public IReadOnlyList<PublicDonationDto> Donations { get; set; } = [];

    /// <summary>The latest disbursements, newest first.</summary>
    public IReadOnlyList<PublicDisbursementDto> Disbursements { get; set; } = [];
}

public sealed class PublicMonthDto
{
    public string Month { get; set; } = "";
    public long Received { get; set; }
    public long Spent { get; set; }
}

public sealed class PublicDonationDto
{
    public DateOnly Date { get; set; }

    /// <summary>The donor's name only with their consent and when they did not give anonymously; otherwise "Nhà hảo tâm".</summary>
    public string DonorName { get; set; } = "";

    public long Amount { get; set; }
}

public sealed class PublicDisbursementDto
{
    public DateOnly Date { get; set; }
    public long Amount { get; set; }

    /// <summary>
    /// The programme's or the purpose's words; for a humanitarian address a fixed phrase, since staff
    /// may have written a name in the purpose: only its commune and category are said.
    /// </summary>
    public string Purpose { get; set; } = "";

    public DisbursementRecipientKind RecipientKind { get; set; }
    public string? Commune { get; set; }
    public AddressCategory? Category { get; set; }
}

public sealed class PublicFundInput
{
    /// <summary>Only that calendar year's figures and lists; none: all years.</summary>
    [Range(TransparencyConsts.MinYear, TransparencyConsts.MaxYear)]
    public int? Year { get; set; }
}
