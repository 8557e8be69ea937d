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

    public TenantConfiguration ToConfiguration() => new(Id, Name, DisplayName, ParentId, Level, IsActive);
}
