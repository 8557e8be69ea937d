using Humanitarian.Web.Account;
using Humanitarian.Web.AuthServer;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Identity.Sessions;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Data;

public static class HostModelBuilderExtensions
{
    /// <summary>
    /// ABP's table names for Identity, and uniqueness of user and role names per tenant instead of
    /// Identity's global unique indexes.
    /// </summary>
    public static void ConfigureIdentityPerTenant(this ModelBuilder builder)
    {
        builder.Entity<AppUser>(b =>
        {
            b.ToTable("AbpUsers");
            b.Metadata.RemoveIndex(b.Metadata.GetIndexes().Single(i => i.GetDatabaseName() == "UserNameIndex"));
            b.HasIndex(u => new { u.TenantKey, u.NormalizedUserName }).IsUnique().HasDatabaseName("UserNameIndex");
            b.HasIndex(u => new { u.TenantKey, u.NormalizedEmail });
            b.Property(u => u.Name).HasMaxLength(AppUser.MaxNameLength);
            b.Property(u => u.Surname).HasMaxLength(AppUser.MaxNameLength);
        });
        builder.Entity<AppRole>(b =>
        {
            b.ToTable("AbpRoles");
            b.Metadata.RemoveIndex(b.Metadata.GetIndexes().Single(i => i.GetDatabaseName() == "RoleNameIndex"));
            b.HasIndex(r => new { r.TenantKey, r.NormalizedName }).IsUnique().HasDatabaseName("RoleNameIndex");
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("AbpUserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("AbpUserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("AbpUserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("AbpUserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("AbpRoleClaims");
        builder.Entity<IdentitySession>(b =>
        {
            b.ToTable("AbpSessions");
            b.Property(s => s.Device).HasMaxLength(IdentitySession.MaxDeviceLength).IsRequired();
            b.Property(s => s.DeviceInfo).HasMaxLength(IdentitySession.MaxDeviceInfoLength);
            b.Property(s => s.ClientId).HasMaxLength(IdentitySession.MaxClientIdLength);
            b.Property(s => s.IpAddresses).HasMaxLength(IdentitySession.MaxIpAddressesLength);
            b.HasIndex(s => s.UserId);
            b.HasIndex(s => s.SignedIn);
        });
        builder.Entity<SignInThrottle>(b =>
        {
            b.ToTable("AbpSignInThrottles");
            b.Property(t => t.Id).HasMaxLength(SignInThrottle.MaxIdLength);
            b.Property(t => t.UserName).HasMaxLength(SignInThrottle.MaxUserNameLength).IsRequired();
            b.Property(t => t.ClientIpAddress).HasMaxLength(SignInThrottle.MaxClientIpAddressLength).IsRequired();
            b.HasIndex(t => t.LastFailureTime);
        });
        builder.Entity<TokenSigningKey>(b =>
        {
            b.ToTable("AbpTokenSigningKeys");
            b.Property(k => k.Id).ValueGeneratedNever();
            b.Property(k => k.ProtectedPrivateKey).IsRequired();
        });
    }

    public static void ConfigureTenantManagement(this ModelBuilder builder)
    {
        builder.Entity<Tenant>(b =>
        {
            b.ToTable("AbpTenants");
            b.Property(t => t.Name).HasMaxLength(Tenant.MaxNameLength).IsRequired();
            b.Property(t => t.NormalizedName).HasMaxLength(Tenant.MaxNameLength).IsRequired();
            b.Property(t => t.DisplayName).HasMaxLength(Tenant.MaxDisplayNameLength).IsRequired();
            b.Property(t => t.Level).HasConversion<string>().HasMaxLength(16);
            b.Property(t => t.ClosureKind).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(t => t.NormalizedName).IsUnique();
            b.HasIndex(t => t.ParentId);
            b.HasIndex(t => t.SuccessorId);
        });
        builder.Entity<TenantReorganisation>(b =>
        {
            b.ToTable("AppTenantReorganisations");
            b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.SourceName).HasMaxLength(Tenant.MaxDisplayNameLength).IsRequired();
            b.Property(r => r.HeirName).HasMaxLength(Tenant.MaxDisplayNameLength).IsRequired();
            b.Property(r => r.UserName).HasMaxLength(256);
            b.Property(r => r.ReportJson).IsRequired();
            b.HasIndex(r => r.SourceTenantId);
            b.HasIndex(r => r.ExecutionTime);
        });
    }
}
