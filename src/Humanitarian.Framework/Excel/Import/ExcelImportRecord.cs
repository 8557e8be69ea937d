namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// One record of an import as it is checked and written: the sheet rows it comes from (usually one; a
/// unit and its contacts span several), the input DTO built from them, and what became of it.
/// </summary>
public sealed class ExcelImportRecord<TInput> where TInput : class
{
    internal ExcelImportRecord(IReadOnlyList<ExcelRow> rows) => Rows = rows;

    public IReadOnlyList<ExcelRow> Rows { get; }

    /// <summary>The row that declares the record (the first).</summary>
    public ExcelRow Row => Rows[0];

    /// <summary>The input the module's service is called with; null when the rows could not make one.</summary>
    public TInput? Input { get; set; }

    /// <summary>What the report shows to name the record (its code).</summary>
    public string? Code { get; set; }

    /// <summary>The record's key and its parent's, folded, when records of the file form a tree.</summary>
    public string? Key { get; set; }

    public string? ParentKey { get; set; }

    public List<string> Errors { get; } = [];

    /// <summary>Columns whose cell could not be read; the input's own error on them would only repeat it.</summary>
    internal HashSet<string> FieldsInError { get; } = new(StringComparer.Ordinal);

    /// <summary>What will happen to a valid record, when worth saying (an update rather than a creation).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>
    /// Why a valid record deserves a person's second look though it is written all the same (a probable
    /// duplicate): shown with the row whatever its status, and counted in the report.
    /// </summary>
    public List<string> Warnings { get; } = [];

    public ExcelImportRowStatus? Written { get; internal set; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>A cell the sheet filled with something that names nothing (an unknown kind).</summary>
    public void AddCellError(string field, string message)
    {
        FieldsInError.Add(field);
        Errors.Add(message);
    }

    internal ExcelImportRecord<TInput>? FileParent { get; set; }
}
