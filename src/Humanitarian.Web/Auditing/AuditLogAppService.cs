using Humanitarian.Framework.Application;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Auditing;

/// <summary>Who changed which record, when, and which properties (admins of the current tenant or host).</summary>
[Route("api/audit-logging/audit-logs")]
[RemoteService(Name = "AbpAuditLogging")]
[Authorize(AuditLoggingPermissions.AuditLogs)]
public sealed class AuditLogAppService(HumanitarianDbContext dbContext, AuditLogReader reader, AuditLogExcelExport excel)
    : ApplicationService, IAuditLogAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["executionTime"] = nameof(AuditLog.ExecutionTime), ["userName"] = nameof(AuditLog.UserName),
        ["httpMethod"] = nameof(AuditLog.HttpMethod), ["url"] = nameof(AuditLog.Url),
    };

    [HttpGet]
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync([FromQuery] AuditLogListInput input)
    {
        var query = await reader.FilterAsync(input);
        var total = await query.LongCountAsync();
        var logs = await query.ApplySorting(input.Sorting, "executionTime desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<AuditLogDto>(total, await reader.ToDtosAsync(logs, AuditLogListInput.MaxChangesPerKind, input.EntityId?.Trim()));
    }

    [HttpGet("{id}")]
    public async Task<AuditLogDto> GetAsync(Guid id)
    {
        var log = await dbContext.Set<AuditLog>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id)
                  ?? throw new EntityNotFoundException(typeof(AuditLog), id);
        return (await reader.ToDtosAsync([log], maxPerKind: null))[0];
    }

    /// <summary>The kinds of record the current tenant's log holds, named in the user's language.</summary>
    [HttpGet("entity-kinds")]
    public Task<List<AuditedEntityKindDto>> GetEntityKindsAsync() => reader.GetKindsAsync();

    /// <summary>The filtered list (every page) as a sheet.</summary>
    [HttpGet("export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] AuditLogListInput input) =>
        await excel.ExportAsync(await reader.FilterAsync(input));
}
