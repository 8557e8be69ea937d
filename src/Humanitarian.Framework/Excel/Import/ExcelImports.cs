using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Threading;
using Humanitarian.Framework.Users;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// What a module's import endpoint calls with the upload: the file is checked, then imported within the
/// request when it is small and in the background (<see cref="ExcelImportJob"/>) when it is not.
/// </summary>
public sealed class ExcelImports(
    ExcelImporter importer,
    ExcelImportOperations operations,
    IRepository<ExcelImportOperation, Guid> storedOperations,
    IBackgroundJobManager backgroundJobs,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    ICancellationTokenProvider cancellationTokenProvider,
    IStringLocalizer<AbpFrameworkResource> l) : ITransientDependency
{
    /// <summary>
    /// Up to <see cref="ExcelImportConsts.BackgroundImportThreshold"/> rows the report (in the request's
    /// unit of work); above, the queued operation, whose progress <paramref name="progressLocation"/> gives.
    /// </summary>
    public async Task<ExcelImportAnswerDto> ImportAsync<TInput>(ExcelImportDefinition<TInput> definition, IRemoteStreamContent? file,
        ExcelImportMode mode, bool dryRun, Func<Guid, string> progressLocation) where TInput : class
    {
        var cancellationToken = cancellationTokenProvider.Token;
        var content = await ExcelUpload.ReadAsync(file, l, cancellationToken);
        var rows = importer.Read(definition, content);
        if (rows.Count <= ExcelImportConsts.BackgroundImportThreshold)
        {
            return await importer.ImportAsync(definition, rows, mode, dryRun, _ => { }, cancellationToken);
        }
        // The file waits in the database for whichever server's job worker claims the import; both rows
        // are written with the request, so an import is queued exactly when the request succeeds.
        var id = Guid.NewGuid();
        await storedOperations.InsertAsync(new ExcelImportOperation(id, currentTenant.Id, currentUser.Id, definition.Name, rows.Count, content));
        await backgroundJobs.EnqueueAsync(new ExcelImportArgs(id, mode, dryRun));
        return new ExcelImportOperationDto { OperationId = id, ProgressLocation = progressLocation(id) };
    }

    /// <summary>Always within the request: for lists a request can take whole.</summary>
    public async Task<ExcelImportResultDto> ImportNowAsync<TInput>(ExcelImportDefinition<TInput> definition, IRemoteStreamContent? file,
        ExcelImportMode mode, bool dryRun) where TInput : class
    {
        var cancellationToken = cancellationTokenProvider.Token;
        var rows = importer.Read(definition, await ExcelUpload.ReadAsync(file, l, cancellationToken));
        return await importer.ImportAsync(definition, rows, mode, dryRun, _ => { }, cancellationToken);
    }

    /// <summary>An import of this list by the caller, while it runs and for a day after, from any server.</summary>
    public async Task<ExcelImportProgressDto> GetProgressAsync(IExcelImportDefinition definition, Guid operationId) =>
        await operations.FindAsync(operationId, definition.Name, currentTenant.Id, currentUser.Id)
        ?? throw new EntityNotFoundException(typeof(ExcelImportProgressDto), operationId);
}
