using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Identity;

/// <summary>
/// A user of one tenant (or of the host). <see cref="TenantKey"/> mirrors the tenant with a non-null
/// value for the host, so the unique index on (TenantKey, NormalizedUserName) holds for host users
/// too — NULLs never collide in a unique index.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>, IMultiTenant, IHasCreationTime
{
    public const int MaxNameLength = 64;

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
    public string? Name { get; set; }
    public string? Surname { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The unit (Organization module) the user works for; such a user sees that unit's subtree.</summary>
    public Guid? UnitId { get; set; }

    public DateTime CreationTime { get; set; }

    public AppUser() => Id = Guid.NewGuid();

    public AppUser(string userName, Guid? tenantId) : this()
    {
        UserName = userName;
        TenantId = tenantId;
    }
}
