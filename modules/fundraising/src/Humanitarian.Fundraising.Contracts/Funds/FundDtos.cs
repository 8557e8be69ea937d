using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Fundraising.Funds;

public sealed class FundDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The Organization committee (a fundraising board) that manages it.</summary>
    public Guid? ManagingCommitteeId { get; set; }

    public string? ManagingCommitteeName { get; set; }

    /// <summary>Shown on the public transparency page (on by default).</summary>
    public bool IsTransparent { get; set; }

    /// <summary>What the fund holds in VND: the sum of its ledger entries.</summary>
    public long Balance { get; set; }

    /// <summary>The part of <see cref="Balance"/> given for a named purpose, which only that purpose may spend.</summary>
    public long RestrictedBalance { get; set; }

    public string ConcurrencyStamp { get; set; } = "";
}

public class UpdateFundDto
{
    [Required]
    [StringLength(FundraisingConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public Guid? ManagingCommitteeId { get; set; }

    public bool IsTransparent { get; set; } = true;

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CreateFundDto : UpdateFundDto
{
    /// <summary>Unique in the tenant, e.g. "QPCD"; receipts are numbered per fund.</summary>
    [Required]
    [StringLength(FundraisingConsts.MaxCodeLength)]
    public string Code { get; set; } = "";
}

public sealed class FundListInput : PagedAndSortedFilterRequestDto;

/// <summary>What a fund's restricted money is given for, and how much of it is left.</summary>
public sealed class FundRestrictionDto
{
    public string Restriction { get; set; } = "";
    public long Balance { get; set; }
}

/// <summary>One line of a fund's ledger: a donation received (+), a donation cancelled (−), a disbursement (−).</summary>
public sealed class FundLedgerEntryDto
{
    public Guid Id { get; set; }
    public DateOnly Date { get; set; }
    public LedgerEntryKind Kind { get; set; }

    /// <summary>Signed VND: what the entry added to the fund's balance.</summary>
    public long Amount { get; set; }

    public string? Restriction { get; set; }
    public Guid? DonationId { get; set; }
    public Guid? DisbursementId { get; set; }
    public DateTime CreationTime { get; set; }
}

/// <summary>A calendar month of a fund's ledger.</summary>
public sealed class FundMonthDto
{
    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; set; }

    public long Received { get; set; }
    public long Spent { get; set; }
}

public enum LedgerEntryKind
{
    Donation,
    DonationCancelled,
    Disbursement,
}

public sealed class FundLedgerInput : PagedResultRequestDto;
