using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// What a module supplies for one kind of list: the columns, how rows become the module's input DTO,
/// and the service call that writes one. The <see cref="ExcelImporter"/> does the rest the same way for
/// every module: reading, the API's validation, in-file trees, modes, dry run and the report.
/// </summary>
/// <typeparam name="TInput">The input the module's application service takes (its Create DTO, or an
/// import DTO wrapping it).</typeparam>
public abstract class ExcelImportDefinition<TInput> : IExcelImportDefinition where TInput : class
{
    public abstract string Name { get; }

    Task<ExcelImportResultDto> IExcelImportDefinition.ImportAsync(ExcelImporter importer, byte[] content, ExcelImportMode mode,
        bool dryRun, Action<int> reportProgress, CancellationToken cancellationToken) =>
        importer.ImportAsync(this, importer.Read(this, content), mode, dryRun, reportProgress, cancellationToken);

    /// <summary>Each column's field is the input property it fills (camelCase), so errors land on it.</summary>
    public abstract IReadOnlyList<ExcelColumn> Columns { get; }

    /// <summary>The module's resource: headers, the sheet's words, row messages.</summary>
    public abstract IStringLocalizer L { get; }

    /// <summary>Rows into records; one record per row unless a record spans rows.</summary>
    public virtual IEnumerable<IReadOnlyList<ExcelRow>> Group(IReadOnlyList<ExcelRow> rows) =>
        rows.Select(row => (IReadOnlyList<ExcelRow>)[row]);

    /// <summary>
    /// Builds <see cref="ExcelImportRecord{TInput}.Input"/> (and the record's code and tree keys) from its
    /// rows. Only what the API cannot say belongs here: a word of the sheet that names nothing (an unknown
    /// kind). Required fields, lengths, formats are the DTO's attributes, checked afterwards.
    /// </summary>
    public abstract void Map(ExcelImportRecord<TInput> record);

    /// <summary>
    /// The field of the column an input member's error belongs to: by default the member's own name
    /// ("contacts[0].email" → "email"); a definition says where it differs (parentId ← parentCode).
    /// </summary>
    public virtual string ColumnOf(TInput input, string member) => ExcelImporter.FieldOf(member);

    /// <summary>Why a record is not written when the record of the file it depends on is refused; null for the usual text.</summary>
    public virtual string? ParentRefusedMessage(ExcelImportRecord<TInput> record, ExcelImportRecord<TInput> parent) => null;

    /// <summary>
    /// Before the file's tree is linked and anything is written: notes on what valid records will do,
    /// checks across records, and unlinking a record whose parent is not the file's (clear its ParentKey).
    /// </summary>
    public virtual Task PrepareAsync(IReadOnlyList<ExcelImportRecord<TInput>> records, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Writes one record through the module's application or domain service, so the import keeps every
    /// rule the API keeps. A refusal is thrown as the service throws it; records of the file it depends
    /// on (its parent) are written before it.
    /// </summary>
    public abstract Task<ExcelImportRowStatus> WriteAsync(TInput input, CancellationToken cancellationToken);

    /// <summary>
    /// How many records one save writes. More than one only when <see cref="WriteAsync"/> neither saves
    /// nor checks against earlier records of the file by querying (unsaved ones are not found): the
    /// checks across records belong in <see cref="PrepareAsync"/> then, or to a unique index.
    /// </summary>
    public virtual int WriteBatchSize => 1;
}

/// <summary>A definition whatever its input type: what a background import finds by name and runs.</summary>
public interface IExcelImportDefinition
{
    /// <summary>Stable across releases: a queued import names its list by it (module.List, e.g. "Organization.Units").</summary>
    string Name { get; }

    IReadOnlyList<ExcelColumn> Columns { get; }

    /// <summary>The resource of the headers and the sheet's words.</summary>
    IStringLocalizer L { get; }

    Task<ExcelImportResultDto> ImportAsync(ExcelImporter importer, byte[] content, ExcelImportMode mode, bool dryRun,
        Action<int> reportProgress, CancellationToken cancellationToken);
}
