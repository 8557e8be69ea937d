using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Web.Auditing;

/// <summary>
/// The audit log's service: the audit log page calls it through this interface, so its permission check
/// holds for the page as for the API.
/// </summary>
public interface IAuditLogAppService : IApplicationService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(AuditLogListInput input);
    Task<AuditLogDto> GetAsync(Guid id);
    Task<List<AuditedEntityKindDto>> GetEntityKindsAsync();
    Task<IRemoteStreamContent> ExportExcelAsync(AuditLogListInput input);
}
