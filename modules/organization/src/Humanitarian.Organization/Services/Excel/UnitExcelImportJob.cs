using System.Text.Json;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Uow;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>Which stored import to run, and how.</summary>
[BackgroundJobName("Organization.UnitExcelImport")]
public sealed record UnitExcelImportArgs(Guid OperationId, ExcelImportMode Mode, bool DryRun);

/// <summary>
/// A large unit import, run by the background job worker in the tenant and as the user who uploaded
/// it. The import and its outcome commit in one transaction: a server killed midway leaves neither, and
/// the job runs again (a stored outcome makes a repeat do nothing). Not in the worker's transaction: on
/// SQLite that would hold the write lock while the failure below is recorded.
/// </summary>
[UnitOfWork(isTransactional: false)]
public sealed class UnitExcelImportJob(
    ExcelImportOperations operations,
    UnitImportDefinition definition,
    ExcelImporter importer,
    IRepository<ExcelImportOperation, Guid> stored,
    IAbpEfCoreDbContext dbContext,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    IStringLocalizer<OrganizationResource> l) : AsyncBackgroundJob<UnitExcelImportArgs>
{
    public override async Task ExecuteAsync(UnitExcelImportArgs args)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        var expired = clock.GetUtcNow().UtcDateTime - ExcelImportOperations.KeptFor;
        await (await stored.GetQueryableAsync()).Where(o => o.CreationTime < expired).ExecuteDeleteAsync(cancellationToken);
        if (await stored.FindAsync(args.OperationId) is not { Status: ExcelImportOperationStatus.Running, Content: { } content } operation)
        {
            return;
        }
        var live = operations.Track(operation);
        try
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
            var result = await importer.ImportAsync(definition, importer.Read(definition, content), args.Mode, args.DryRun, live.Report, cancellationToken);
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
            Logger.LogError(e, "Excel import {OperationId} failed", args.OperationId);
            dbContext.ChangeTracker.Clear();
            var failed = await stored.GetAsync(args.OperationId);
            failed.Fail(l["ExcelImportFailed"], clock.GetUtcNow().UtcDateTime);
            await dbContext.SaveChangesAsync(CancellationToken.None);
            live.Fail(l["ExcelImportFailed"]);
        }
    }
}
