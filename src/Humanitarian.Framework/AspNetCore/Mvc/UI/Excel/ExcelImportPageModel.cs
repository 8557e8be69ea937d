using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.Excel;

/// <summary>The import form's inputs, as the import API takes them; the service reports its refusals under <c>file</c>.</summary>
public sealed class ExcelImportInput
{
    public IRemoteStreamContent? File { get; set; }
    public ExcelImportMode Mode { get; set; } = ExcelImportMode.AllOrNothing;
    public bool DryRun { get; set; }
}

/// <summary>One column of an import sheet, for the form's help: its header in the UI language and whether it is required.</summary>
public sealed record ExcelImportColumn(string Header, bool Required);

/// <summary>
/// Base of every module's Excel import pages, rendered with the framework's partials: the upload form
/// (<c>_ExcelImportForm</c>), the row-by-row report (<c>_ExcelImportReport</c>) and a background import's
/// progress (<c>_ExcelImportProgress</c>). The page itself says what is imported and where it belongs.
/// </summary>
public abstract class ExcelImportPageModel : AbpPageModel<AbpFrameworkResource>
{
    /// <summary>What the file input accepts; the service checks the content again.</summary>
    public const string AcceptedFileTypes = ".xlsx";

    /// <summary>How often a progress page reloads while the import runs (<c>data-refresh-seconds</c>).</summary>
    public const int RefreshSeconds = 2;

    [BindProperty]
    public ExcelImportInput Input { get; set; } = new();

    /// <summary>The report of the import just done (or of the background one, once done); null before one.</summary>
    public ExcelImportResultDto? Result { get; protected set; }

    /// <summary>Whether the import that produced <see cref="Result"/> was a dry run.</summary>
    public bool WasDryRun { get; protected set; }

    /// <summary>A background import's state, on its progress page.</summary>
    public ExcelImportProgressDto? Progress { get; protected set; }

    public bool IsRunning => Progress?.Status == ExcelImportOperationStatus.Running;

    /// <summary>The list this page imports: its columns and their headers.</summary>
    protected abstract IExcelImportDefinition Definition { get; }

    /// <summary>The sheet's columns, from the definition's own header vocabulary.</summary>
    public IReadOnlyList<ExcelImportColumn> Columns =>
        Definition.Columns.Select(c => new ExcelImportColumn(Definition.L[c.HeaderKey], c.Required)).ToList();

    protected override string FieldLabelKey(string propertyName) => "Import:" + propertyName;

    public string StatusName(ExcelImportRowStatus status) => L["ExcelImportRowStatus:" + status];

    public string ModeName(ExcelImportMode mode) => L["ExcelImportMode:" + mode];

    /// <summary>The sentence above the report: a dry run, nothing written because of invalid rows, or what was written.</summary>
    public string Outcome(ExcelImportResultDto result, bool dryRun) =>
        dryRun ? L["Import:Outcome:DryRun"]
        : result.ImportedRows > 0 ? L["Import:Outcome:Written", result.ImportedRows]
        : result.InvalidRows > 0 ? L["Import:Outcome:Refused"]
        : L["Import:Outcome:NothingWritten"];

    /// <summary>An import's answer: its report on this page, or its progress page when it went to the background.</summary>
    protected IActionResult ShowAnswer(ExcelImportAnswerDto answer, string progressPage = "ImportProgress")
    {
        switch (answer)
        {
            case ExcelImportOperationDto operation:
                return RedirectToPage(progressPage, new { operationId = operation.OperationId });
            case ExcelImportResultDto result:
                Result = result;
                WasDryRun = Input.DryRun;
                return Page();
            default:
                throw new InvalidOperationException($"Unexpected answer from an import: {answer.GetType().Name}.");
        }
    }

    /// <summary>A background import's progress page: its state, and its report once done.</summary>
    protected void ShowProgress(ExcelImportProgressDto progress)
    {
        Progress = progress;
        Result = progress.Result;
    }
}
