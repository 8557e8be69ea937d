using Humanitarian.Framework.Application;
using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Fundraising.Donors;

/// <summary>Why two donors are taken for one: the same tax code, or the same folded name with the same phone or e-mail.</summary>
public enum DonorDuplicateReason
{
    SameTaxCode,
    SameNameAndPhone,
    SameNameAndEmail,
}

public sealed class PossibleDuplicateDonorDto
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DonorDuplicateReason Reason { get; set; }
}

/// <summary>Sorting: <c>name</c> (the first donor's, the default) or <c>reason</c>.</summary>
public sealed class DonorDuplicatePairListInput : PagedAndSortedResultRequestDto
{
    [EnumDataType(typeof(DonorDuplicateReason))]
    public DonorDuplicateReason? Reason { get; set; }
}

/// <summary>Two donors that may be one, with what hangs on each, for the reviewer to compare.</summary>
public sealed class DonorDuplicatePairDto
{
    public DonorDuplicateReason Reason { get; set; }
    public DonorDuplicateSideDto First { get; set; } = new();
    public DonorDuplicateSideDto Second { get; set; } = new();
}

public sealed class DonorDuplicateSideDto
{
    public DonorDto Donor { get; set; } = new();
    public int Donations { get; set; }

    /// <summary>What the donations not cancelled brought, in VND.</summary>
    public long DonatedAmount { get; set; }

    public int Pledges { get; set; }
}

public sealed class MergeDonorsDto
{
    /// <summary>The donor that stays.</summary>
    public Guid KeptId { get; set; }

    /// <summary>The donor merged into it and then deleted.</summary>
    public Guid DuplicateId { get; set; }
}

public sealed class DismissDonorDuplicateDto
{
    public Guid DonorId { get; set; }
    public Guid OtherDonorId { get; set; }
}
