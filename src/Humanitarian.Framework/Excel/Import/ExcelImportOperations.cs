using System.Text.Json;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Localization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// The imports too long to answer within the request, as a progress request sees them. Each runs as a
/// background job (<see cref="ExcelImportJob"/>) on whichever server claims it; its state and report
/// are kept in the database, so any server answers; the live count of rows done is known to the server
/// running it, the others say only that it runs.
/// </summary>
public sealed class ExcelImportOperations(IMemoryCache cache, IServiceScopeFactory scopeFactory, TimeProvider clock)
    : ISingletonDependency
{
    /// <summary>How long the running server keeps the live count, and the database the report.</summary>
    internal static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>
    /// An import still "running" after this was cut short for good: a server that stops leaves the job
    /// to run again elsewhere within minutes, so only a job given up on gets this old.
    /// </summary>
    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The live state of an import this server starts running now; the job reports into it.</summary>
    internal Operation Track(ExcelImportOperation stored)
    {
        var operation = new Operation(stored.TenantId, stored.UserId, stored.ImportName, stored.TotalRows);
        cache.Set(Key(stored.Id), operation, KeptFor);
        return operation;
    }

    /// <returns>Null when there is no such import of this list by this user in the current tenant (or it has expired).</returns>
    internal async Task<ExcelImportProgressDto?> FindAsync(Guid id, string importName, Guid? tenantId, Guid? userId)
    {
        if (cache.TryGetValue(Key(id), out Operation? live) && live!.TenantId == tenantId && live.UserId == userId
            && live.ImportName == importName)
        {
            return live.ToDto();
        }
        await using var scope = scopeFactory.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IRepository<ExcelImportOperation, Guid>>().FindAsync(id);
        if (stored is null || stored.UserId != userId || stored.ImportName != importName)
        {
            return null;
        }
        var interrupted = stored.Status == ExcelImportOperationStatus.Running
                          && stored.CreationTime + Lease < clock.GetUtcNow().UtcDateTime;
        return new ExcelImportProgressDto
        {
            Status = interrupted ? ExcelImportOperationStatus.Failed : stored.Status,
            ProcessedRows = stored.Status == ExcelImportOperationStatus.Completed ? stored.TotalRows : 0,
            TotalRows = stored.TotalRows,
            Result = stored.ResultJson is { } result ? JsonSerializer.Deserialize<ExcelImportResultDto>(result, Json) : null,
            Error = interrupted
                ? scope.ServiceProvider.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>()["ExcelImportInterrupted"]
                : stored.Error,
        };
    }

    private static string Key(Guid id) => "Abp.ExcelImport:" + id.ToString("N");

    /// <summary>Written by the background job, read by progress requests.</summary>
    internal sealed class Operation(Guid? tenantId, Guid? userId, string importName, int totalRows)
    {
        private readonly Lock _lock = new();
        private int _processedRows;
        private ExcelImportOperationStatus _status = ExcelImportOperationStatus.Running;
        private ExcelImportResultDto? _result;
        private string? _error;

        public Guid? TenantId { get; } = tenantId;
        public Guid? UserId { get; } = userId;
        public string ImportName { get; } = importName;
        public int TotalRows => totalRows;

        public void Report(int processedRows)
        {
            lock (_lock)
            {
                _processedRows = Math.Min(processedRows, totalRows);
            }
        }

        public void Complete(ExcelImportResultDto result)
        {
            lock (_lock)
            {
                (_status, _result, _processedRows) = (ExcelImportOperationStatus.Completed, result, totalRows);
            }
        }

        public void Fail(string error)
        {
            lock (_lock)
            {
                (_status, _error) = (ExcelImportOperationStatus.Failed, error);
            }
        }

        public ExcelImportProgressDto ToDto()
        {
            lock (_lock)
            {
                return new ExcelImportProgressDto
                {
                    Status = _status, ProcessedRows = _processedRows, TotalRows = totalRows, Result = _result, Error = _error,
                };
            }
        }
    }
}
