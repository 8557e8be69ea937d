using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Identity;

/// <summary>A role of one tenant; see <see cref="AppUser"/> for <see cref="TenantKey"/>.</summary>
public sealed class AppRole : IdentityRole<Guid>, IMultiTenant
{
    private Guid? _tenantId;

    public Guid? TenantId
    {
        get => _tenantId;
        set
        {
            _tenantId = value;
            TenantKey = value ?? Guid.Empty;
        }
    }

    public Guid TenantKey { get; private set; }

    /// <summary>Given to new users automatically.</summary>
    public bool IsDefault { get; set; }

    /// <summary>Visible to other users (ABP's IsPublic).</summary>
    public bool IsPublic { get; set; }

    /// <summary>Seeded roles cannot be renamed or deleted.</summary>
    public bool IsStatic { get; set; }

    public AppRole() => Id = Guid.NewGuid();

    public AppRole(string name, Guid? tenantId) : this()
    {
        Name = name;
        TenantId = tenantId;
    }
}
