using Humanitarian.Framework.Application;
using Humanitarian.Framework.Auditing;
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
public sealed class AuditLogAppService(HumanitarianDbContext dbContext) : ApplicationService, IAuditLogAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["executionTime"] = nameof(AuditLog.ExecutionTime), ["userName"] = nameof(AuditLog.UserName),
        ["httpMethod"] = nameof(AuditLog.HttpMethod), ["url"] = nameof(AuditLog.Url),
    };

    [HttpGet]
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync([FromQuery] AuditLogListInput input)
    {
        var query = dbContext.Set<AuditLog>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            query = query.Where(a => a.UserName == input.UserName.Trim());
        }
        if (!string.IsNullOrWhiteSpace(input.EntityType) || !string.IsNullOrWhiteSpace(input.EntityId))
        {
            var type = input.EntityType?.Trim() ?? "";
            var entityId = input.EntityId?.Trim();
            query = query.Where(a => a.EntityChanges.Any(c =>
                c.EntityTypeFullName.Contains(type) && (entityId == null || c.EntityId == entityId)));
        }
        var total = await query.LongCountAsync();
        var logs = await query.ApplySorting(input.Sorting, "executionTime desc", Sortable).PageBy(input)
            .Include(a => a.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .AsSplitQuery().ToListAsync();
        return new PagedResultDto<AuditLogDto>(total, logs.Select(ToDto).ToList());
    }

    [HttpGet("{id}")]
    public async Task<AuditLogDto> GetAsync(Guid id) => ToDto(
        await dbContext.Set<AuditLog>().AsNoTracking()
            .Include(a => a.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .FirstOrDefaultAsync(a => a.Id == id) ?? throw new EntityNotFoundException(typeof(AuditLog), id));

    private static AuditLogDto ToDto(AuditLog a) => new(
        a.Id, a.UserId, a.UserName, a.ExecutionTime, a.HttpMethod, a.Url, a.ClientIpAddress,
        a.EntityChanges.OrderBy(c => c.ChangeTime).Select(c => new EntityChangeDto(
            c.Id, c.ChangeTime, c.ChangeType, c.EntityId, c.EntityTypeFullName,
            c.PropertyChanges.Select(p => new EntityPropertyChangeDto(p.PropertyName, p.OriginalValue, p.NewValue)).ToList()))
        .ToList());
}
