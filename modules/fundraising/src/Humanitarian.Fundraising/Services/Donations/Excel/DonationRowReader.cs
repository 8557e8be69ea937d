using System.Globalization;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Fundraising.Donations;
using Microsoft.Extensions.Localization;
using static Humanitarian.Fundraising.Services.Donations.Excel.DonationSheet;

namespace Humanitarian.Fundraising.Services.Donations.Excel;

/// <summary>
/// One row's cells as the donation API's input. Only what the API cannot say is checked here — a date,
/// number or word the cell does not hold — and named with its column; amounts, currency and dates are the
/// API's and the ledger's to refuse.
/// </summary>
public sealed class DonationRowReader
{
    // Excel's own dates come as yyyy-MM-dd (with the time a bank statement keeps); typed ones day first, as Vietnamese write them.
    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm",
    ];

    private readonly IStringLocalizer _l;
    private readonly Dictionary<string, DonationKind> _kinds;

    public DonationRowReader(IStringLocalizer l)
    {
        _l = l;
        _kinds = new ExcelVocabulary(l).EnumWords<DonationKind>("Excel:DonationKind");
    }

    public DonationImportInput Read(ExcelImportRecord<DonationImportInput> record)
    {
        var row = record.Row;
        return new DonationImportInput
        {
            Date = Date(record) ?? default,
            FundCode = row[FundCode],
            DonorName = row[DonorName],
            TaxCode = row[TaxCode],
            Kind = Kind(record),
            Amount = WholeDong(record),
            Currency = row[Currency],
            ForeignAmount = Decimal(record, ForeignAmount),
            ExchangeRate = Decimal(record, ExchangeRate),
            Description = DescriptionOf(row),
            Restriction = row[Restriction],
            CollectingUnitCode = row[CollectingUnitCode],
            CreditedUnitCode = row[CreditedUnitCode],
        };
    }

    /// <summary>
    /// The description, and a statement's transfer note after it: the note is often all a bank line says of
    /// the gift ("UNG HO QUY PHONG CHONG DICH").
    /// </summary>
    private static string? DescriptionOf(ExcelRow row) =>
        (row[Description], row[Note]) switch
        {
            ({ } description, { } note) => $"{description} ({note})",
            var (description, note) => description ?? note,
        };

    private DateOnly? Date(ExcelImportRecord<DonationImportInput> record)
    {
        if (record.Row[DonationSheet.Date] is not { } text)
        {
            record.AddCellError(DonationSheet.Date, _l["ImportRowRequired", Header(DonationSheet.Date)]);
            return null;
        }
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateOnly.FromDateTime(date);
        }
        record.AddCellError(DonationSheet.Date, _l["ImportRowNotADate", Header(DonationSheet.Date), text]);
        return null;
    }

    private DonationKind Kind(ExcelImportRecord<DonationImportInput> record)
    {
        if (record.Row[DonationSheet.Kind] is not { } text)
        {
            return DonationKind.Cash;
        }
        if (_kinds.TryGetValue(ExcelCells.Fold(text), out var kind))
        {
            return kind;
        }
        record.AddCellError(DonationSheet.Kind, _l["ImportRowUnknownWord", Header(DonationSheet.Kind), text]);
        return DonationKind.Cash;
    }

    /// <summary>Đồng are whole: 1.500.000 and 1500000 are read, 1.500.000,5 is refused (a negative or zero amount is the API's).</summary>
    private long? WholeDong(ExcelImportRecord<DonationImportInput> record)
    {
        var value = Decimal(record, Amount);
        if (value is null)
        {
            return null;
        }
        if (value != decimal.Truncate(value.Value))
        {
            record.AddCellError(Amount, _l["ImportRowNotWholeDong", Header(Amount), record.Row[Amount]!]);
            return null;
        }
        // The API's range refuses what lies outside it; clamped only so that no number of the sheet overflows a long.
        return (long)Math.Clamp(value.Value, -1, FundraisingConsts.MaxAmount + 1);
    }

    private decimal? Decimal(ExcelImportRecord<DonationImportInput> record, string field)
    {
        if (record.Row[field] is not { } text)
        {
            return null;
        }
        if (SheetNumber.TryParse(text, out var value))
        {
            return value;
        }
        record.AddCellError(field, _l["ImportRowNotANumber", Header(field), text]);
        return null;
    }

    private string Header(string field) => _l[HeaderKey(field)];
}
