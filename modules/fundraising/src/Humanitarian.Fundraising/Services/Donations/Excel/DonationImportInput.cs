using System.ComponentModel.DataAnnotations;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Organization.Units;

namespace Humanitarian.Fundraising.Services.Donations.Excel;

/// <summary>
/// A row of a donation list: the donation API's input, with the fund, the donor and the units named as a
/// sheet names them. The ids are filled before writing; a donor not found is created when the row is written.
/// </summary>
public sealed class DonationImportInput : CreateDonationDto
{
    [Required]
    [StringLength(FundraisingConsts.MaxCodeLength)]
    public string? FundCode { get; set; }

    [StringLength(FundraisingConsts.MaxNameLength)]
    public string? DonorName { get; set; }

    [StringLength(14)]
    public string? TaxCode { get; set; }

    [StringLength(UnitConsts.MaxCodeLength)]
    public string? CollectingUnitCode { get; set; }

    [StringLength(UnitConsts.MaxCodeLength)]
    public string? CreditedUnitCode { get; set; }
}
