using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>
/// A province, city or district with its own workspace (ABP's AbpTenants). Host data: it has no tenant.
/// Tenants form a tree through <see cref="ParentId"/>.
/// </summary>
public sealed class Tenant : FullAuditedAggregateRoot<Guid>
{
    public const int MaxNameLength = 64;
    public const int MaxDisplayNameLength = 256;

    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public string DisplayName { get; set; } = "";
    public Guid? ParentId { get; set; }
    public TenantLevel Level { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The legal heir, once the tenant was merged into it or dissolved (2025); null while open.</summary>
    public Guid? SuccessorId { get; private set; }

    public TenantReorganisationKind? ClosureKind { get; private set; }

    /// <summary>The calendar day (Asia/Ho_Chi_Minh) the closure took effect.</summary>
    public DateOnly? ClosureDate { get; private set; }

    public bool IsClosed => SuccessorId.HasValue;

    private Tenant() { }

    public Tenant(Guid id, string name, string displayName, TenantLevel level, Guid? parentId) : base(id)
    {
        SetName(name);
        DisplayName = displayName;
        Level = level;
        ParentId = parentId;
    }

    public void SetName(string name)
    {
        Name = name.Trim();
        NormalizedName = Name.ToUpperInvariant();
    }

    /// <summary>
    /// Closes the tenant for good: nobody signs in to it any more, and it hangs under its heir so the heir's
    /// roll-ups and every roll-up above keep counting its records.
    /// </summary>
    public void Close(TenantReorganisationKind kind, Guid heirId, DateOnly effectiveDate)
    {
        SuccessorId = heirId;
        ParentId = heirId;
        ClosureKind = kind;
        ClosureDate = effectiveDate;
        IsActive = false;
    }

    public TenantConfiguration ToConfiguration(IReadOnlyList<Guid> inheritedIds) =>
        new(Id, Name, DisplayName, ParentId, Level, IsActive, SuccessorId, inheritedIds);
}
