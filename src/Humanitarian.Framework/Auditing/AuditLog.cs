using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Framework.Auditing;

public enum EntityChangeType : byte
{
    Created = 0,
    Updated = 1,
    Deleted = 2,

    /// <summary>Data read that the law wants a record of (a beneficiary's sensitive data): nothing changed.</summary>
    Read = 3,
}

/// <summary>One saved batch of changes: who, when, through which request (ABP's AbpAuditLogs).</summary>
[DisableAuditing]
public sealed class AuditLog : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public DateTime ExecutionTime { get; set; }
    public string? HttpMethod { get; set; }
    public string? Url { get; set; }
    public string? ClientIpAddress { get; set; }
    public List<EntityChange> EntityChanges { get; set; } = [];

    public AuditLog() : base(Guid.NewGuid()) { }
}

/// <summary>One entity created, updated or deleted (ABP's AbpEntityChanges).</summary>
[DisableAuditing]
public sealed class EntityChange : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid AuditLogId { get; set; }
    public Guid? TenantId { get; set; }
    public DateTime ChangeTime { get; set; }
    public EntityChangeType ChangeType { get; set; }
    public string EntityId { get; set; } = "";
    public string EntityTypeFullName { get; set; } = "";
    public List<EntityPropertyChange> PropertyChanges { get; set; } = [];

    public EntityChange() : base(Guid.NewGuid()) { }
}

/// <summary>One property's old and new value (ABP's AbpEntityPropertyChanges).</summary>
[DisableAuditing]
public sealed class EntityPropertyChange : Entity<Guid>, IInheritedByLegalHeir
{
    public const int MaxValueLength = 512;

    public Guid EntityChangeId { get; set; }
    public Guid? TenantId { get; set; }
    public string PropertyName { get; set; } = "";
    public string? OriginalValue { get; set; }
    public string? NewValue { get; set; }

    public EntityPropertyChange() : base(Guid.NewGuid()) { }
}
