using Humanitarian.Framework.Excel.Import;

namespace Humanitarian.Beneficiaries.Services.Excel;

/// <summary>
/// The columns of an address list, shared by the import and the export so that an exported file imports
/// back. Each field is the import input's property it fills; the headers are the module's texts.
/// </summary>
public static class AddressSheet
{
    public const string Kind = "kind", FullName = "fullName", Sex = "sex", BirthYear = "birthYear", DateOfBirth = "dateOfBirth",
        NationalId = "nationalId", Phone = "phone", Address = "address", Commune = "commune", Categories = "categories",
        Needs = "needs", Circumstances = "circumstances", HealthDetails = "healthDetails", MonthlyValueSought = "monthlyValueSought",
        FacilityKind = "facilityKind", Capacity = "capacity", SurveyingUnitCode = "surveyingUnitCode", SurveyDate = "surveyDate",
        ConsentToSurvey = "consentToSurvey", ConsentToShare = "consentToShare", ConsentToPublish = "consentToPublish";

    /// <summary>Read and written only with the sensitive-data permission (HIV/AIDS, among the categories, too).</summary>
    public static readonly IReadOnlySet<string> Sensitive = new HashSet<string>([NationalId, HealthDetails]);

    public static readonly IReadOnlyList<ExcelColumn> Columns =
    [
        new(Kind, "Excel:Address:Kind"),
        new(FullName, "Excel:Address:FullName", Required: true, "name"),
        new(Sex, "Excel:Address:Sex"),
        new(BirthYear, "Excel:Address:BirthYear"),
        new(DateOfBirth, "Excel:Address:DateOfBirth"),
        new(NationalId, "Excel:Address:NationalId"),
        new(Phone, "Excel:Address:Phone"),
        new(Address, "Excel:Address:Address"),
        new(Commune, "Excel:Address:Commune"),
        new(Categories, "Excel:Address:Categories"),
        new(Needs, "Excel:Address:Needs"),
        new(Circumstances, "Excel:Address:Circumstances"),
        new(HealthDetails, "Excel:Address:HealthDetails"),
        new(MonthlyValueSought, "Excel:Address:MonthlyValueSought"),
        new(SurveyingUnitCode, "Excel:Address:SurveyingUnit", false, "surveyingUnit"),
        new(SurveyDate, "Excel:Address:SurveyDate"),
        new(ConsentToSurvey, "Excel:Address:ConsentToSurvey"),
        new(ConsentToShare, "Excel:Address:ConsentToShare"),
        new(ConsentToPublish, "Excel:Address:ConsentToPublish"),
        new(FacilityKind, "Excel:Address:FacilityKind"),
        new(Capacity, "Excel:Address:Capacity"),
    ];

    /// <summary>Several categories or needs in one cell.</summary>
    public static readonly char[] ListSeparators = [';', ','];

    /// <summary>How the export writes a list, and the import reads it back.</summary>
    public const string ListSeparator = "; ";

    /// <summary>The vocabulary key of an enum member in a sheet ("Excel:Sex:Female").</summary>
    public static string WordKey<TEnum>(TEnum member) where TEnum : struct, Enum => $"{WordPrefix<TEnum>()}:{member}";

    public static string WordPrefix<TEnum>() where TEnum : struct, Enum => "Excel:" + typeof(TEnum).Name;
}
