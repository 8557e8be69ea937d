using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Auditing;

namespace Humanitarian.Web.Auditing;

public sealed record EntityPropertyChangeDto(string PropertyName, string? OriginalValue, string? NewValue);

public sealed record EntityChangeDto(
    Guid Id, DateTime ChangeTime, EntityChangeType ChangeType, string EntityId, string EntityTypeFullName,
    IReadOnlyList<EntityPropertyChangeDto> PropertyChanges);

public sealed record AuditLogDto(
    Guid Id, Guid? UserId, string? UserName, DateTime ExecutionTime, string? HttpMethod, string? Url,
    string? ClientIpAddress, IReadOnlyList<EntityChangeDto> EntityChanges);

public sealed class AuditLogListInput : PagedAndSortedResultRequestDto
{
    [StringLength(256)]
    public string? UserName { get; set; }

    /// <summary>Part of the changed entity's type name, e.g. <c>Tenant</c>.</summary>
    [StringLength(128)]
    public string? EntityType { get; set; }

    [StringLength(128)]
    public string? EntityId { get; set; }
}
