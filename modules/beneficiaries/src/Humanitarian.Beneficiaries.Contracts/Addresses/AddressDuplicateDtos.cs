using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>Sorting: <c>name</c> (the first record's, the default) or <c>reason</c>.</summary>
public sealed class DuplicatePairListInput : PagedAndSortedResultRequestDto
{
    [EnumDataType(typeof(DuplicateReason))]
    public DuplicateReason? Reason { get; set; }
}

/// <summary>Two records that may be one person, with what hangs on each, for the reviewer to compare.</summary>
public sealed class DuplicatePairDto
{
    public DuplicateReason Reason { get; set; }
    public DuplicateSideDto First { get; set; } = new();
    public DuplicateSideDto Second { get; set; } = new();
}

public sealed class DuplicateSideDto
{
    public HumanitarianAddressDto Address { get; set; } = new();
    public int Sponsorships { get; set; }
    public int Deliveries { get; set; }
}

public sealed class MergeAddressesDto
{
    /// <summary>The record that stays.</summary>
    public Guid KeptId { get; set; }

    /// <summary>The record merged into it and then deleted.</summary>
    public Guid DuplicateId { get; set; }
}

public sealed class DismissDuplicateDto
{
    public Guid AddressId { get; set; }
    public Guid OtherAddressId { get; set; }
}
