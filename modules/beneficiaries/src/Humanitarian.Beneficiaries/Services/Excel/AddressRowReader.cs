using System.Globalization;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.Excel.Import;
using Microsoft.Extensions.Localization;
using static Humanitarian.Beneficiaries.Services.Excel.AddressSheet;

namespace Humanitarian.Beneficiaries.Services.Excel;

/// <summary>
/// One row's cells as the address API's input. Only what the API cannot say is checked here — a word,
/// number or date the cell does not hold — and named with its column; the rest is the API's to refuse.
/// </summary>
public sealed class AddressRowReader
{
    // What users type besides Excel's own dates: day first, as Vietnamese write them.
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private readonly IStringLocalizer _l;
    private readonly Dictionary<string, HumanitarianAddressKind> _kinds;
    private readonly Dictionary<string, Sex> _sexes;
    private readonly Dictionary<string, AddressCategory> _categories;
    private readonly Dictionary<string, AddressNeed> _needs;
    private readonly Dictionary<string, FacilityKind> _facilityKinds;
    private readonly ExcelVocabulary.YesNo _yesNo;

    public AddressRowReader(IStringLocalizer l)
    {
        _l = l;
        var vocabulary = new ExcelVocabulary(l);
        _kinds = vocabulary.EnumWords<HumanitarianAddressKind>(WordPrefix<HumanitarianAddressKind>());
        _sexes = vocabulary.EnumWords<Sex>(WordPrefix<Sex>());
        _categories = vocabulary.EnumWords<AddressCategory>(WordPrefix<AddressCategory>());
        _needs = vocabulary.EnumWords<AddressNeed>(WordPrefix<AddressNeed>());
        _facilityKinds = vocabulary.EnumWords<FacilityKind>(WordPrefix<FacilityKind>());
        _yesNo = vocabulary.YesNoWords();
    }

    public HumanitarianAddressImportInput Read(ExcelImportRecord<HumanitarianAddressImportInput> record)
    {
        var row = record.Row;
        return new HumanitarianAddressImportInput
        {
            Kind = Word(record, Kind, _kinds) ?? HumanitarianAddressKind.Person,
            FullName = row[FullName],
            Sex = Word(record, AddressSheet.Sex, _sexes),
            BirthYear = (int?)Number(record, BirthYear),
            DateOfBirth = Date(record, DateOfBirth),
            NationalId = row[NationalId],
            Phone = row[Phone],
            Address = row[Address],
            Commune = row[Commune],
            Categories = Words(record, Categories, _categories),
            Needs = Words(record, Needs, _needs),
            Circumstances = row[Circumstances],
            HealthDetails = row[HealthDetails],
            MonthlyValueSought = Number(record, MonthlyValueSought, long.MaxValue),
            FacilityKind = Word(record, AddressSheet.FacilityKind, _facilityKinds),
            Capacity = (int?)Number(record, Capacity),
            SurveyingUnitCode = row[SurveyingUnitCode],
            SurveyDate = Date(record, SurveyDate),
            ConsentToSurvey = YesNo(record, ConsentToSurvey),
            ConsentToShare = YesNo(record, ConsentToShare),
            ConsentToPublish = YesNo(record, ConsentToPublish),
        };
    }

    private TEnum? Word<TEnum>(ExcelImportRecord<HumanitarianAddressImportInput> record, string field, Dictionary<string, TEnum> words)
        where TEnum : struct, Enum
    {
        if (record.Row[field] is not { } text)
        {
            return null;
        }
        if (words.TryGetValue(ExcelCells.Fold(text), out var member))
        {
            return member;
        }
        record.AddCellError(field, _l["ImportRowUnknownWord", Header(field), text]);
        return null;
    }

    /// <summary>"Neo đơn; Khuyết tật": each word of the list, in the cell's order.</summary>
    private List<TEnum> Words<TEnum>(ExcelImportRecord<HumanitarianAddressImportInput> record, string field, Dictionary<string, TEnum> words)
        where TEnum : struct, Enum
    {
        var found = new List<TEnum>();
        foreach (var word in (record.Row[field] ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (words.TryGetValue(ExcelCells.Fold(word), out var member))
            {
                found.Add(member);
            }
            else
            {
                record.AddCellError(field, _l["ImportRowUnknownWord", Header(field), word]);
            }
        }
        return found;
    }

    /// <summary>A whole number; thousands may be grouped with dots, commas or spaces (1.500.000). The API checks its range.</summary>
    private long? Number(ExcelImportRecord<HumanitarianAddressImportInput> record, string field, long max = int.MaxValue)
    {
        if (record.Row[field] is not { } text)
        {
            return null;
        }
        var digits = text.Replace(".", "").Replace(",", "").Replace(" ", "");
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
        {
            return value;
        }
        record.AddCellError(field, _l["ImportRowNotANumber", Header(field), text]);
        return null;
    }

    private DateOnly? Date(ExcelImportRecord<HumanitarianAddressImportInput> record, string field)
    {
        if (record.Row[field] is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        record.AddCellError(field, _l["ImportRowNotADate", Header(field), text]);
        return null;
    }

    private bool YesNo(ExcelImportRecord<HumanitarianAddressImportInput> record, string field)
    {
        if (!_yesNo.TryParse(record.Row[field], out var value))
        {
            record.AddCellError(field, _l["ImportRowInvalidYesNo", Header(field), record.Row[field]!]);
        }
        return value ?? false;
    }

    private string Header(string field) => _l[Columns.Single(c => c.Field == field).HeaderKey];
}
