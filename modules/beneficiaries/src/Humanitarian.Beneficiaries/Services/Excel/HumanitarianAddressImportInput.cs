using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Organization.Units;

namespace Humanitarian.Beneficiaries.Services.Excel;

/// <summary>A row of the address list: the API's input, with the surveying unit named by its code.</summary>
public sealed class HumanitarianAddressImportInput : CreateHumanitarianAddressDto
{
    [StringLength(UnitConsts.MaxCodeLength)]
    public string? SurveyingUnitCode { get; set; }
}
