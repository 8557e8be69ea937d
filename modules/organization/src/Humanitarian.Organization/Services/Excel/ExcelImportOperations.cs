using System.Globalization;
using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Excel;
using Humanitarian.Organization.Localization;
using Microsoft.AspNetCore.Http;
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
/// started it; its progress and report are kept for an hour.
/// The store is this process's memory: with several servers, an operation's progress is visible only
/// on the server running it, so the load balancer must keep a user on one server (sticky sessions).
/// </summary>
public sealed class ExcelImportOperations(
    IMemoryCache cache,
    IServiceScopeFactory scopeFactory,
    IHostApplicationLifetime lifetime,
    ILogger<ExcelImportOperations> logger) : ISingletonDependency
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

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

    /// <returns>Null when there is no such operation for this user in this tenant (or it has expired).</returns>
    internal ExcelImportProgressDto? Find(Guid id, Guid? tenantId, Guid? userId) =>
        cache.TryGetValue(Key(id), out Operation? operation) && operation!.TenantId == tenantId && operation.UserId == userId
            ? operation.ToDto()
            : null;

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
        try
        {
            using (services.GetRequiredService<ICurrentTenant>().Change(caller.TenantId, caller.TenantName))
            {
                var dbContext = services.GetRequiredService<IAbpEfCoreDbContext>();
                await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
                var result = await work(services, operation.Report, cancellationToken);
                await dbContext.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                operation.Complete(result);
            }
        }
        catch (Exception e)
        {
            // Rolled back with the transaction: nothing of the import was written.
            logger.LogError(e, "Excel import {OperationId} failed", id);
            operation.Fail(l["ExcelImportFailed"]);
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
