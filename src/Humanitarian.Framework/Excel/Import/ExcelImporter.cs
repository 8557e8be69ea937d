using System.Text.RegularExpressions;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// Imports a list the same way for every module: sheet → each record's input DTO → the API's validation
/// → the module's service, record by record → a row-by-row report. AllOrNothing writes nothing unless
/// every record is written; ValidRowsOnly keeps what passed; a dry run goes through the very same
/// writing and rolls it back, so its report holds the domain's refusals too. It leaves nothing tracked:
/// each record's changes are saved and let go, so a caller reloads what it tracked before.
/// </summary>
public sealed class ExcelImporter(
    ExcelSheetReader reader,
    IObjectValidator validator,
    IAbpEfCoreDbContext dbContext,
    BulkCreationAuditing bulkCreations,
    BusinessExceptionLocalizer business,
    IStringLocalizer<AbpFrameworkResource> framework) : ITransientDependency
{
    private const string ImportSavepoint = "abp_import";
    private const string RecordSavepoint = "abp_import_record";
    private const string BatchSavepoint = "abp_import_batch";

    /// <summary>The data rows of an upload; a 400 when the sheet cannot be this import.</summary>
    public List<ExcelRow> Read<TInput>(ExcelImportDefinition<TInput> definition, byte[] content) where TInput : class =>
        reader.Read(content, definition.Columns, definition.L);

    /// <param name="reportProgress">Told how many rows are done (checked, and written when they are).</param>
    public async Task<ExcelImportResultDto> ImportAsync<TInput>(
        ExcelImportDefinition<TInput> definition, IReadOnlyList<ExcelRow> rows, ExcelImportMode mode, bool dryRun,
        Action<int> reportProgress, CancellationToken cancellationToken = default) where TInput : class
    {
        var records = definition.Group(rows).Select(group => new ExcelImportRecord<TInput>(group)).ToList();
        foreach (var record in records)
        {
            definition.Map(record);
            if (record.Input is { } input)
            {
                record.Errors.AddRange(validator.GetErrors(input)
                    .Where(e => !e.Members.Any(m => record.FieldsInError.Contains(definition.ColumnOf(input, m))))
                    .Select(e => Readable(definition, input, e)));
            }
        }
        await definition.PrepareAsync(records, cancellationToken);
        var order = OrderTree(definition, records);

        // Written even when some records are already refused: the report then holds every refusal, and
        // AllOrNothing rolls the rest back.
        await WriteAsync(definition, order, keep: () => !dryRun && (mode == ExcelImportMode.ValidRowsOnly || records.All(r => r.IsValid)),
            reportProgress, cancellationToken);
        return Report(records);
    }

    /// <summary>
    /// Writes the valid records, parents first, each behind a savepoint so a refused one leaves nothing;
    /// then keeps the lot or rolls it all back. In the caller's transaction (a request's unit of work) or
    /// in one of its own (a background import).
    /// </summary>
    private async Task WriteAsync<TInput>(ExcelImportDefinition<TInput> definition, List<ExcelImportRecord<TInput>> order,
        Func<bool> keep, Action<int> reportProgress, CancellationToken cancellationToken) where TInput : class
    {
        var outer = dbContext.Database.CurrentTransaction;
        await using var own = outer is null ? await dbContext.Database.BeginTransactionAsync(cancellationToken) : null;
        using var compactAudit = bulkCreations.Begin();
        var transaction = outer ?? own!;
        await transaction.CreateSavepointAsync(ImportSavepoint, cancellationToken);
        var toWrite = order.Where(r => r.IsValid).ToList();
        var done = order.Sum(r => r.Rows.Count) - toWrite.Sum(r => r.Rows.Count);
        reportProgress(done);
        var batch = new List<ExcelImportRecord<TInput>>();
        foreach (var record in toWrite)
        {
            // A child is written once its parent is saved: the service looks the parent up.
            if (batch.Count >= definition.WriteBatchSize || (record.FileParent is { } inBatch && batch.Contains(inBatch)))
            {
                done += await WriteBatchAsync(definition, batch, transaction, cancellationToken);
                reportProgress(done);
            }
            batch.Add(record);
        }
        done += await WriteBatchAsync(definition, batch, transaction, cancellationToken);
        reportProgress(done);
        if (keep())
        {
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return;
        }
        dbContext.ChangeTracker.Clear();
        await transaction.RollbackToSavepointAsync(ImportSavepoint, cancellationToken);
        order.ForEach(r => r.Written = null);
    }

    /// <summary>
    /// Writes the batch with one save, then lets it go; a refusal in it undoes the batch and writes its
    /// records one by one, so each refused record still gets its own message and the others are kept.
    /// </summary>
    /// <returns>The rows the batch covered.</returns>
    private async Task<int> WriteBatchAsync<TInput>(ExcelImportDefinition<TInput> definition, List<ExcelImportRecord<TInput>> batch,
        IDbContextTransaction transaction, CancellationToken cancellationToken) where TInput : class
    {
        var rows = batch.Sum(r => r.Rows.Count);
        // A record whose parent was refused is reported one by one, below.
        if (batch.Count > 1 && batch.All(r => r.FileParent is null or { Written: not null }))
        {
            await transaction.CreateSavepointAsync(BatchSavepoint, cancellationToken);
            try
            {
                var statuses = new List<ExcelImportRowStatus>();
                foreach (var record in batch)
                {
                    statuses.Add(await definition.WriteAsync(record.Input!, cancellationToken));
                }
                await dbContext.SaveChangesAsync(cancellationToken);
                await transaction.ReleaseSavepointAsync(BatchSavepoint, cancellationToken);
                dbContext.ChangeTracker.Clear();
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Written = statuses[i];
                }
                batch.Clear();
                return rows;
            }
            catch (Exception e) when (Refusal(definition, batch[0].Input!, e) is not null)
            {
                dbContext.ChangeTracker.Clear();
                await transaction.RollbackToSavepointAsync(BatchSavepoint, cancellationToken);
            }
        }
        foreach (var record in batch)
        {
            // Its parent in the file was refused while being written.
            if (record.FileParent is { Written: null } parent)
            {
                record.Errors.Add(ParentRefused(definition, record, parent));
            }
            else
            {
                await WriteOneAsync(definition, record, transaction, cancellationToken);
            }
        }
        batch.Clear();
        return rows;
    }

    private async Task WriteOneAsync<TInput>(ExcelImportDefinition<TInput> definition, ExcelImportRecord<TInput> record,
        IDbContextTransaction transaction, CancellationToken cancellationToken) where TInput : class
    {
        await transaction.CreateSavepointAsync(RecordSavepoint, cancellationToken);
        try
        {
            var status = await definition.WriteAsync(record.Input!, cancellationToken);
            await dbContext.SaveChangesAsync(cancellationToken);
            await transaction.ReleaseSavepointAsync(RecordSavepoint, cancellationToken);
            // Saved, so let go: a tracker holding every earlier record makes each save slower than the last.
            dbContext.ChangeTracker.Clear();
            record.Written = status;
        }
        catch (Exception e) when (Refusal(definition, record.Input!, e) is { } messages)
        {
            // What the record tracked or wrote goes; what earlier records wrote is saved and stays.
            dbContext.ChangeTracker.Clear();
            await transaction.RollbackToSavepointAsync(RecordSavepoint, cancellationToken);
            record.Errors.AddRange(messages);
        }
    }

    /// <summary>A service's refusal as the record's messages; null for a failure that is not the record's fault.</summary>
    private IReadOnlyList<string>? Refusal<TInput>(ExcelImportDefinition<TInput> definition, TInput input, Exception exception) where TInput : class =>
        exception switch
        {
            AbpValidationException v => v.ValidationErrors.Select(e => Readable(definition, input, e)).ToList(),
            BusinessException b => [business.GetMessage(b)],
            EntityNotFoundException => [framework["EntityNotFound"].Value],
            AbpAuthorizationException a => [a.Message == "Forbidden" ? framework["Forbidden"].Value : a.Message],
            // A unique index refused the row: another user wrote the same code meanwhile.
            DbUpdateException => [framework["ImportRowNotWritten"].Value],
            _ => null,
        };

    /// <summary>A validation message names the field as JSON does ("code"); the sheet's user knows its header.</summary>
    private static string Readable<TInput>(ExcelImportDefinition<TInput> definition, TInput input, ValidationError error) where TInput : class
    {
        var message = error.Message;
        foreach (var member in error.Members)
        {
            var field = FieldOf(member);
            var column = definition.Columns.FirstOrDefault(c => c.Field == definition.ColumnOf(input, member));
            if (column is not null)
            {
                var header = definition.L[column.HeaderKey].Value;
                message = Regex.Replace(message, @"(?<![\p{L}\p{N}_])" + Regex.Escape(field) + @"(?![\p{L}\p{N}_])",
                    header.Replace("$", "$$"), RegexOptions.None, TimeSpan.FromSeconds(1));
            }
        }
        return message;
    }

    private string ParentRefused<TInput>(
        ExcelImportDefinition<TInput> definition, ExcelImportRecord<TInput> record, ExcelImportRecord<TInput> parent) where TInput : class =>
        definition.ParentRefusedMessage(record, parent) ?? framework["ImportRowInvalidParentRow", parent.Code ?? "", parent.Row.Number];

    /// <summary>"contacts[1].email" → "email".</summary>
    internal static string FieldOf(string member) => Regex.Replace(member.Split('.')[^1], @"\[\d+\]$", "");

    /// <summary>
    /// Links records to their parents in the file and orders parents first. A record on a cycle, or below
    /// an invalid record of the file, is refused before anything is written.
    /// </summary>
    private List<ExcelImportRecord<TInput>> OrderTree<TInput>(
        ExcelImportDefinition<TInput> definition, List<ExcelImportRecord<TInput>> records) where TInput : class
    {
        var byKey = new Dictionary<string, ExcelImportRecord<TInput>>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.Key is not null))
        {
            if (!byKey.TryAdd(record.Key!, record))
            {
                // The first record of a key is the one; a repeat is refused and stays out of the tree.
                record.Errors.Add(framework["ImportRowDuplicateCode", record.Code ?? "", byKey[record.Key!].Row.Number]);
                record.Key = null;
                record.ParentKey = null;
            }
        }
        foreach (var record in records)
        {
            record.FileParent = record.ParentKey is { } parentKey && byKey.TryGetValue(parentKey, out var parent) ? parent : null;
        }
        var onCycle = new HashSet<ExcelImportRecord<TInput>>();
        foreach (var cycle in ImportGraph.FindCycles(records, r => r.FileParent))
        {
            // As the user reads a chain: child → parent → … → child.
            var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(r => r.Code));
            cycle.ForEach(r => r.Errors.Add(framework["ImportRowParentCycle", chain]));
            onCycle.UnionWith(cycle);
        }
        var order = ImportGraph.ParentsFirst(records, r => r.FileParent);
        var ordered = order.ToHashSet();
        // Below a cycle (never ordered) or below an invalid record: parents come first, so this passes invalidity down.
        foreach (var record in records.Where(r => !ordered.Contains(r) && !onCycle.Contains(r))
                     .Concat(order.Where(r => r.FileParent is { IsValid: false })))
        {
            record.Errors.Add(ParentRefused(definition, record, record.FileParent!));
        }
        return order;
    }

    private static ExcelImportResultDto Report<TInput>(List<ExcelImportRecord<TInput>> records) where TInput : class
    {
        var rows = records
            .SelectMany(record => record.Rows.Select((row, i) => new ExcelImportRowDto
            {
                RowNumber = row.Number,
                Code = record.Code,
                Status = record.Written ?? (record.IsValid ? ExcelImportRowStatus.Valid : ExcelImportRowStatus.Invalid),
                // Notes say what writing a valid record will do: once written, the status says it.
                Messages = i > 0 ? [] : !record.IsValid ? record.Errors : [.. record.Written is null ? record.Notes : [], .. record.Warnings],
            }))
            .OrderBy(r => r.RowNumber).ToList();
        var invalid = rows.Count(r => r.Status == ExcelImportRowStatus.Invalid);
        var flagged = records.Where(r => r.IsValid && r.Warnings.Count > 0).Sum(r => r.Rows.Count);
        return new ExcelImportResultDto
        {
            TotalRows = rows.Count,
            ValidRows = rows.Count - invalid,
            InvalidRows = invalid,
            ImportedRows = rows.Count(r => r.Status is ExcelImportRowStatus.Imported or ExcelImportRowStatus.Updated),
            FlaggedRows = flagged,
            Rows = rows,
        };
    }
}
