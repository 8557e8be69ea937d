using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.Authorization;

/// <summary>A permission granted to a role ("R", keyed by name) or a user ("U", keyed by id) in one tenant (ABP's AbpPermissionGrants).</summary>
public sealed class PermissionGrant : Entity<Guid>, IMultiTenant
{
    public const string RoleProvider = "R";
    public const string UserProvider = "U";

    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";
    public string ProviderName { get; set; } = RoleProvider;
    public string ProviderKey { get; set; } = "";

    public PermissionGrant() : base(Guid.NewGuid()) { }
}

public static class PermissionManagementModelBuilderExtensions
{
    public static void ConfigurePermissionManagement(this ModelBuilder builder)
    {
        builder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("AbpPermissionGrants");
            b.Property(x => x.Name).HasMaxLength(128).IsRequired();
            b.Property(x => x.ProviderName).HasMaxLength(64).IsRequired();
            b.Property(x => x.ProviderKey).HasMaxLength(64).IsRequired();
            b.HasIndex(x => new { x.TenantId, x.ProviderName, x.ProviderKey, x.Name });
        });
    }
}
