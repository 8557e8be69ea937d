using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>One row of an import as it is checked: its errors, notes, and what became of it.</summary>
internal class ImportRow(ExcelRow source, IStringLocalizer l)
{
    public ExcelRow Source { get; } = source;
    public int Number => Source.Number;
    public List<string> Errors { get; } = [];

    /// <summary>What will happen to a valid row, when that is worth saying (an update rather than a creation).</summary>
    public List<string> Notes { get; } = [];

    public ExcelImportRowStatus? Written { get; set; }
    public bool IsValid => Errors.Count == 0;

    protected IStringLocalizer L { get; } = l;

    /// <summary>The cell's text, or an error when it is longer than the field allows.</summary>
    public string? Text(string field, string headerKey, int maxLength)
    {
        var text = Source[field];
        if (text is not null && text.Length > maxLength)
        {
            Errors.Add(L["ImportRowTooLong", L[headerKey], maxLength]);
        }
        return text;
    }

    public void Require(string? value, string headerKey)
    {
        if (value is null)
        {
            Errors.Add(L["ImportRowRequired", L[headerKey]]);
        }
    }

    public bool? YesNo(string field, string headerKey, ExcelVocabulary.YesNo words)
    {
        var text = Source[field];
        if (!words.TryParse(text, out var value))
        {
            Errors.Add(L["ImportRowInvalidYesNo", L[headerKey], text!]);
        }
        return value;
    }

    public ExcelImportRowDto ToDto(string? code) => new()
    {
        RowNumber = Number,
        Code = code,
        Status = Written ?? (IsValid ? ExcelImportRowStatus.Valid : ExcelImportRowStatus.Invalid),
        Messages = [.. Errors, .. Notes],
    };

    public static ExcelImportResultDto Report<TRow>(IReadOnlyList<TRow> rows, Func<TRow, string?> codeOf) where TRow : ImportRow
    {
        var report = rows.OrderBy(r => r.Number).Select(r => r.ToDto(codeOf(r))).ToList();
        var invalid = report.Count(r => r.Status == ExcelImportRowStatus.Invalid);
        return new ExcelImportResultDto
        {
            TotalRows = report.Count,
            ValidRows = report.Count - invalid,
            InvalidRows = invalid,
            ImportedRows = report.Count(r => r.Status is ExcelImportRowStatus.Imported or ExcelImportRowStatus.Updated),
            Rows = report,
        };
    }
}
