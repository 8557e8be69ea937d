namespace Humanitarian.Framework.Excel;

/// <summary>What an import does when some rows are invalid.</summary>
public enum ExcelImportMode
{
    /// <summary>Nothing is written if any row is invalid.</summary>
    AllOrNothing,

    /// <summary>The valid rows are written; the invalid ones (and rows that depend on them) are reported.</summary>
    ValidRowsOnly,
}

public enum ExcelImportRowStatus
{
    /// <summary>The row passed every check but was not written (a dry run, or another row failed an all-or-nothing import).</summary>
    Valid,
    Invalid,
    Imported,

    /// <summary>An existing record (same code) was changed, where an import updates rather than refuses.</summary>
    Updated,
}

public sealed class ExcelImportRowDto
{
    /// <summary>The row's number in the sheet, as Excel shows it (the header is row 1).</summary>
    public int RowNumber { get; set; }

    public string? Code { get; set; }
    public ExcelImportRowStatus Status { get; set; }

    /// <summary>Why the row is invalid (or what will happen to it), in the request's language.</summary>
    public IReadOnlyList<string> Messages { get; set; } = [];
}

/// <summary>The row-by-row validation report of an import.</summary>
public sealed class ExcelImportResultDto
{
    public int TotalRows { get; set; }
    public int ValidRows { get; set; }
    public int InvalidRows { get; set; }

    /// <summary>Rows written (imported or updated); zero for a dry run or a refused all-or-nothing import.</summary>
    public int ImportedRows { get; set; }

    public IReadOnlyList<ExcelImportRowDto> Rows { get; set; } = [];
}

/// <summary>Answer (202) to an import large enough to run in the background; poll its progress with the id.</summary>
public sealed class ExcelImportOperationDto
{
    public Guid OperationId { get; set; }
}

public enum ExcelImportOperationStatus
{
    Running,
    Completed,
    Failed,
}

public sealed class ExcelImportProgressDto
{
    public ExcelImportOperationStatus Status { get; set; }
    public int ProcessedRows { get; set; }
    public int TotalRows { get; set; }

    /// <summary>The report, once <see cref="Status"/> is Completed.</summary>
    public ExcelImportResultDto? Result { get; set; }

    /// <summary>Why the import failed (nothing was written), once <see cref="Status"/> is Failed.</summary>
    public string? Error { get; set; }
}
