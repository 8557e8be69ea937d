using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Organization.Services.Excel;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization;

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
/// Base of the Excel import pages: the upload form (file, mode, dry run), the columns the importer
/// recognises, and the row-by-row report of an import done within the request.
/// </summary>
public abstract class ExcelImportPageModel : OrganizationPageModel
{
    /// <summary>What the file input accepts; the service checks the content again.</summary>
    public const string AcceptedFileTypes = ".xlsx";

    [BindProperty]
    public ExcelImportInput Input { get; set; } = new();

    /// <summary>The report of the import just done; null before one.</summary>
    public ExcelImportResultDto? Result { get; protected set; }

    /// <summary>Whether the import that produced <see cref="Result"/> was a dry run.</summary>
    public bool WasDryRun { get; protected set; }

    /// <summary>The sheet's columns, from the importer's own header vocabulary.</summary>
    public IReadOnlyList<ExcelImportColumn> Columns =>
        ImporterColumns.Select(c => new ExcelImportColumn(L[c.HeaderKey], c.Required)).ToList();

    internal abstract IReadOnlyList<ExcelColumn> ImporterColumns { get; }

    protected override string FieldLabelKey(string propertyName) => "Import:" + propertyName;

    public string StatusName(ExcelImportRowStatus status) => L["ExcelImportRowStatus:" + status];

    public string ModeName(ExcelImportMode mode) => L["ExcelImportMode:" + mode];

    /// <summary>The sentence above the report: a dry run, nothing written because of invalid rows, or what was written.</summary>
    public string Outcome(ExcelImportResultDto result, bool dryRun) =>
        dryRun ? L["Import:Outcome:DryRun"]
        : result.ImportedRows > 0 ? L["Import:Outcome:Written", result.ImportedRows]
        : result.InvalidRows > 0 ? L["Import:Outcome:Refused"]
        : L["Import:Outcome:NothingWritten"];
}
