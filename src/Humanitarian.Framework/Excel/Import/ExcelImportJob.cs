using System.Text.Json;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>Which stored import to run, and how; the list it is comes from the stored operation.</summary>
[BackgroundJobName("Abp.ExcelImport")]
public sealed record ExcelImportArgs(Guid OperationId, ExcelImportMode Mode, bool DryRun);

/// <summary>
/// A large import, run by the background job worker in the tenant and as the user who uploaded it,
/// through the definition the operation names. The import and its outcome commit in one transaction: a
/// server killed midway leaves neither, and the job runs again (a stored outcome makes a repeat do
/// nothing). Not in the worker's transaction: on SQLite that would hold the write lock while the failure
/// below is recorded.
/// </summary>
[UnitOfWork(isTransactional: false)]
public sealed class ExcelImportJob(
    ExcelImportOperations operations,
    IEnumerable<IExcelImportDefinition> definitions,
    ExcelImporter importer,
    IRepository<ExcelImportOperation, Guid> stored,
    IAbpEfCoreDbContext dbContext,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    IStringLocalizer<AbpFrameworkResource> l) : AsyncBackgroundJob<ExcelImportArgs>
{
    public override async Task ExecuteAsync(ExcelImportArgs args)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        var expired = clock.GetUtcNow().UtcDateTime - ExcelImportOperations.KeptFor;
        await (await stored.GetQueryableAsync()).Where(o => o.CreationTime < expired).ExecuteDeleteAsync(cancellationToken);
        if (await stored.FindAsync(args.OperationId) is not { Status: ExcelImportOperationStatus.Running, Content: { } content } operation)
        {
            return;
        }
        var definition = definitions.Single(d => d.Name == operation.ImportName);
        var live = operations.Track(operation);
        try
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
            var result = await definition.ImportAsync(importer, content, args.Mode, args.DryRun, live.Report, cancellationToken);
            // The importer let go of what it tracked, this row included.
            operation = await stored.GetAsync(args.OperationId);
            operation.Complete(JsonSerializer.Serialize(result, ExcelImportOperations.Json), clock.GetUtcNow().UtcDateTime);
            await dbContext.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            live.Complete(result);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Rolled back with the transaction: nothing of the import was written. Not retried: a file that
            // failed once fails again.
            Logger.LogError(e, "Excel import {OperationId} ({ImportName}) failed", args.OperationId, operation.ImportName);
            dbContext.ChangeTracker.Clear();
            var failed = await stored.GetAsync(args.OperationId);
            failed.Fail(l["ExcelImportFailed"], clock.GetUtcNow().UtcDateTime);
            await dbContext.SaveChangesAsync(CancellationToken.None);
            live.Fail(l["ExcelImportFailed"]);
        }
    }
}
