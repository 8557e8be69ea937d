using Humanitarian.Framework.Excel.Import;

namespace Humanitarian.Fundraising.Services.Donations.Excel;

/// <summary>
/// The columns of a donation list, shared by the import and its template. Each field is the import
/// input's property it fills; headers are the module's texts, and a bank statement's usual headers
/// (<c>…:Bank</c> keys) are read as the same columns, so a statement imports once a fund code column is added.
/// </summary>
public static class DonationSheet
{
    public const string Date = "date", FundCode = "fundCode", DonorName = "donorName", TaxCode = "taxCode", Amount = "amount",
        Currency = "currency", ForeignAmount = "foreignAmount", ExchangeRate = "exchangeRate", Kind = "kind",
        Description = "description", Restriction = "restriction", CollectingUnitCode = "collectingUnitCode",
        CreditedUnitCode = "creditedUnitCode", Note = "note";

    /// <summary>The fields whose bank-statement headers the vocabulary also accepts.</summary>
    private static readonly IReadOnlySet<string> WithBankHeaders = new HashSet<string>([Date, DonorName, Amount, Note]);

    private static readonly (string Field, string Key, bool Required)[] Fields =
    [
        (Date, "Excel:Donation:Date", true),
        (FundCode, "Excel:Donation:FundCode", true),
        (DonorName, "Excel:Donation:DonorName", false),
        (TaxCode, "Excel:Donation:TaxCode", false),
        (Amount, "Excel:Donation:Amount", false),
        (Currency, "Excel:Donation:Currency", false),
        (ForeignAmount, "Excel:Donation:ForeignAmount", false),
        (ExchangeRate, "Excel:Donation:ExchangeRate", false),
        (Kind, "Excel:Donation:Kind", false),
        (Description, "Excel:Donation:Description", false),
        (Restriction, "Excel:Donation:Restriction", false),
        (CollectingUnitCode, "Excel:Donation:CollectingUnit", false),
        (CreditedUnitCode, "Excel:Donation:CreditedUnit", false),
        (Note, "Excel:Donation:Note", false),
    ];

    /// <param name="vocabulary">The module's words: the bank headers are read from it in every language.</param>
    public static IReadOnlyList<ExcelColumn> Columns(ExcelVocabulary vocabulary) =>
    [
        .. Fields.Select(f => new ExcelColumn(f.Field, f.Key, f.Required, BankHeaders(vocabulary, f.Field, f.Key))),
    ];

    private static string[] BankHeaders(ExcelVocabulary vocabulary, string field, string key) =>
        WithBankHeaders.Contains(field) ? [.. vocabulary.Folded(key + ":Bank")] : [];

    public static string HeaderKey(string field) => Fields.Single(f => f.Field == field).Key;
}
