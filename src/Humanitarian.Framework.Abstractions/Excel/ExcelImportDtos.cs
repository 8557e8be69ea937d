using System.Text.Json.Serialization;
using Humanitarian.Framework.Application;

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

/// <summary>What an import answers: its report, or the background operation that will write it.</summary>
public abstract class ExcelImportAnswerDto;

/// <summary>The row-by-row validation report of an import.</summary>
public sealed class ExcelImportResultDto : ExcelImportAnswerDto
{
    public int TotalRows { get; set; }
    public int ValidRows { get; set; }
    public int InvalidRows { get; set; }

    /// <summary>Rows written (imported or updated); zero for a dry run or a refused all-or-nothing import.</summary>
    public int ImportedRows { get; set; }

    /// <summary>Valid rows written (or to be written) with a warning to look at, such as a probable duplicate.</summary>
    public int FlaggedRows { get; set; }

    public IReadOnlyList<ExcelImportRowDto> Rows { get; set; } = [];
}

/// <summary>Answer (202) to an import large enough to run in the background; poll its progress with the id.</summary>
public sealed class ExcelImportOperationDto : ExcelImportAnswerDto, IBackgroundOperationDto
{
    public Guid OperationId { get; set; }

    /// <summary>Where its progress is read: the 202's Location header.</summary>
    [JsonIgnore]
    public string ProgressLocation { get; set; } = "";
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
