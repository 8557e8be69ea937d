using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>Who started an import, and what of their request the background work needs to act as them.</summary>
internal sealed record ImportCaller(
    ClaimsPrincipal User, Guid? UserId, Guid? TenantId, string? TenantName, CultureInfo Culture, CultureInfo UiCulture)
{
    public static ImportCaller Of(HttpContext http, ICurrentTenant tenant, ICurrentUser user) => new(
        http.User, user.Id, tenant.Id, tenant.Name, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
}

/// <summary>
/// Imports too long to answer within the request: each runs in the background, in its own DI scope and
/// its own transaction (it outlives the request's unit of work), as the user and in the tenant that
/// started it. Its state and report are kept in the database, so any server answers a progress request;
/// the live count of rows done is known to the server running it, the others say only that it runs.
/// </summary>
public sealed class ExcelImportOperations(
    IMemoryCache cache,
    IServiceScopeFactory scopeFactory,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<ExcelImportOperations> logger) : ISingletonDependency
{
    /// <summary>How long the running server keeps the live count, and the database the report.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>An import still "running" after this was cut short: its server stopped.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="work">The import, given the operation's services, a progress callback (rows done) and a cancellation token.</param>
    /// <returns>The operation's id.</returns>
    internal Guid Start(
        ImportCaller caller, int totalRows,
        Func<IServiceProvider, Action<int>, CancellationToken, Task<ExcelImportResultDto>> work)
    {
        var id = Guid.NewGuid();
        var operation = new Operation(caller.TenantId, caller.UserId, totalRows);
        cache.Set(Key(id), operation, KeptFor);
        // Nothing of the request's async context (its HttpContext, tenant, culture) may flow into work
        // that outlives it: the operation sets up its own below.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(id, operation, caller, work));
        }
        return id;
    }

    /// <returns>Null when there is no such operation of this user in the current tenant (or it has expired).</returns>
    internal async Task<ExcelImportProgressDto?> FindAsync(Guid id, Guid? tenantId, Guid? userId)
    {
        if (cache.TryGetValue(Key(id), out Operation? live) && live!.TenantId == tenantId && live.UserId == userId)
        {
            return live.ToDto();
        }
        await using var scope = scopeFactory.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IRepository<ExcelImportOperation, Guid>>().FindAsync(id);
        if (stored is null || stored.UserId != userId)
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
                ? scope.ServiceProvider.GetRequiredService<IStringLocalizer<OrganizationResource>>()["ExcelImportInterrupted"]
                : stored.Error,
        };
    }

    private async Task RunAsync(
        Guid id, Operation operation, ImportCaller caller,
        Func<IServiceProvider, Action<int>, CancellationToken, Task<ExcelImportResultDto>> work)
    {
        CultureInfo.CurrentCulture = caller.Culture;
        CultureInfo.CurrentUICulture = caller.UiCulture;
        var cancellationToken = lifetime.ApplicationStopping;
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var l = services.GetRequiredService<IStringLocalizer<OrganizationResource>>();
        // Audit fields, the audit log and unit scope see the user who started the import.
        using var principal = services.GetRequiredService<ICurrentPrincipalAccessor>().Change(caller.User);
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(caller.TenantId, caller.TenantName);
        try
        {
            await RecordAsync(async operations =>
            {
                var expired = clock.GetUtcNow().UtcDateTime - KeptFor;
                await (await operations.GetQueryableAsync()).Where(o => o.CreationTime < expired).ExecuteDeleteAsync(cancellationToken);
                await operations.InsertAsync(new ExcelImportOperation(id, caller.TenantId, caller.UserId, operation.TotalRows));
            });
            var dbContext = services.GetRequiredService<IAbpEfCoreDbContext>();
            await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
            var result = await work(services, operation.Report, cancellationToken);
            await dbContext.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            operation.Complete(result);
            await RecordOutcomeAsync(id, stored => stored.Complete(JsonSerializer.Serialize(result, Json), clock.GetUtcNow().UtcDateTime));
        }
        catch (Exception e)
        {
            // Rolled back with the transaction: nothing of the import was written.
            logger.LogError(e, "Excel import {OperationId} failed", id);
            operation.Fail(l["ExcelImportFailed"]);
            await RecordOutcomeAsync(id, stored => stored.Fail(l["ExcelImportFailed"], clock.GetUtcNow().UtcDateTime));
        }
    }

    /// <summary>A change to the operations' rows in a scope of its own, apart from the import's transaction.</summary>
    private async Task RecordAsync(Func<IRepository<ExcelImportOperation, Guid>, Task> change)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<IRepository<ExcelImportOperation, Guid>>());
        await scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>().SaveChangesAsync();
    }

    /// <summary>
    /// Stores how the import ended. Its own failure must not turn a committed import into a failed one:
    /// it is logged, and the lease marks the operation interrupted later.
    /// </summary>
    private async Task RecordOutcomeAsync(Guid id, Action<ExcelImportOperation> outcome)
    {
        try
        {
            await RecordAsync(async operations =>
            {
                if (await operations.FindAsync(id) is { } stored)
                {
                    outcome(stored);
                }
            });
        }
        catch (Exception e)
        {
            logger.LogError(e, "Excel import {OperationId}: how it ended could not be stored", id);
        }
    }

    private static string Key(Guid id) => "Organization.ExcelImport:" + id.ToString("N");

    /// <summary>Written by the background work, read by progress requests.</summary>
    private sealed class Operation(Guid? tenantId, Guid? userId, int totalRows)
    {
        private readonly Lock _lock = new();
        private int _processedRows;
        private ExcelImportOperationStatus _status = ExcelImportOperationStatus.Running;
        private ExcelImportResultDto? _result;
        private string? _error;

        public Guid? TenantId { get; } = tenantId;
        public Guid? UserId { get; } = userId;
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
