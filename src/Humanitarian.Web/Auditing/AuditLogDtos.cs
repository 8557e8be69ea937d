using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Auditing;

namespace Humanitarian.Web.Auditing;

/// <summary>ABP's stored values, and the same as an official reads them (field label, local dates, names for ids).</summary>
public sealed record EntityPropertyChangeDto(string PropertyName, string? OriginalValue, string? NewValue)
{
    public string PropertyDisplayName { get; init; } = PropertyName;
    public string OriginalValueDisplay { get; init; } = OriginalValue ?? "";
    public string NewValueDisplay { get; init; } = NewValue ?? "";
}

public sealed record EntityChangeDto(
    Guid Id, DateTime ChangeTime, EntityChangeType ChangeType, string EntityId, string EntityTypeFullName,
    IReadOnlyList<EntityPropertyChangeDto> PropertyChanges)
{
    /// <summary>The kind of record in the user's language ("Đơn vị"), never an assembly-qualified name.</summary>
    public string EntityTypeDisplayName { get; init; } = EntityTypeFullName;

    /// <summary>The record's name where the current tenant can read it, else its id.</summary>
    public string EntityDisplayName { get; init; } = EntityId;
}

/// <summary>How many records of one kind a change set created, changed, deleted or read.</summary>
public sealed record EntityChangeGroupDto(string EntityTypeFullName, string EntityTypeDisplayName, EntityChangeType ChangeType, int Count);

public sealed record AuditLogDto(
    Guid Id, Guid? UserId, string? UserName, DateTime ExecutionTime, string? HttpMethod, string? Url,
    string? ClientIpAddress, IReadOnlyList<EntityChangeDto> EntityChanges)
{
    /// <summary>"Nguyễn Văn A" for the user who acted, when the current tenant can read the account.</summary>
    public string? UserFullName { get; init; }

    /// <summary>One line saying what the change set did: "Sáp nhập Ninh Thuận vào Khánh Hòa: 1.234 bản ghi thay đổi".</summary>
    public string Title { get; init; } = "";

    /// <summary>All its entity changes; a list shows at most <see cref="AuditLogListInput.MaxChangesPerKind"/> of each kind.</summary>
    public int EntityChangeCount { get; init; }

    public IReadOnlyList<EntityChangeGroupDto> EntityChangeGroups { get; init; } = [];
}

/// <summary>ABP's audit log filters, and those of its entity changes (kind, action, record, days).</summary>
public sealed class AuditLogListInput : PagedAndSortedResultRequestDto
{
    /// <summary>A bulk change set (a merger, an import) lists this many records of each kind; the rest are counted.</summary>
    public const int MaxChangesPerKind = 20;

    [StringLength(256)]
    public string? UserName { get; set; }

    /// <summary>Part of the changed entity's type name, e.g. <c>Tenant</c>.</summary>
    [StringLength(128)]
    public string? EntityType { get; set; }

    /// <summary>The changed entity's type name exactly, as the kinds list gives it.</summary>
    [StringLength(128)]
    public string? EntityTypeFullName { get; set; }

    [StringLength(128)]
    public string? EntityId { get; set; }

    /// <summary>One change set only (the page's "every record of this merger" export).</summary>
    public Guid? AuditLogId { get; set; }

    /// <summary>Part of the changed record's name (records whose module names them).</summary>
    [StringLength(128)]
    public string? EntityName { get; set; }

    public EntityChangeType? EntityChangeType { get; set; }

    /// <summary>First day, in Vietnam's calendar (Asia/Ho_Chi_Minh).</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>Last day, included, in Vietnam's calendar.</summary>
    public DateOnly? EndDate { get; set; }
}

/// <summary>A kind of record the current tenant's log has, for the filter's list.</summary>
public sealed record AuditedEntityKindDto(string EntityTypeFullName, string DisplayName);
