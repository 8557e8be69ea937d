using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Public;

/// <summary>
/// An address waiting for a sponsor, as a donor may see it without signing in: what kind of need, where
/// (the commune only), how much a month — never who (no name, national ID, phone, address line, health).
/// </summary>
public sealed class PublicNeedDto
{
    public Guid Id { get; set; }
    public HumanitarianAddressKind Kind { get; set; }

    /// <summary>The address's first category that may be published (HIV/AIDS never is).</summary>
    public AddressCategory Category { get; set; }

    public string? Commune { get; set; }
    public IReadOnlyList<AddressNeed> Needs { get; set; } = [];
    public long? MonthlyValueSought { get; set; }
}

public sealed class PublicNeedListInput : PagedResultRequestDto
{
    [EnumDataType(typeof(AddressNeed))]
    public AddressNeed? Need { get; set; }

    [EnumDataType(typeof(AddressCategory))]
    public AddressCategory? Category { get; set; }

    /// <summary>Part of the commune's name, case and marks folded.</summary>
    [StringLength(128)]
    public string? Commune { get; set; }
}

/// <summary>One need, and the least a sponsor of this tenant commits to a month.</summary>
public sealed class PublicNeedDetailsDto
{
    public PublicNeedDto Need { get; set; } = new();
    public long MinimumMonthlyValue { get; set; }
}
