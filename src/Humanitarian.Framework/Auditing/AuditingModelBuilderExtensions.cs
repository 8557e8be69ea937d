using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.Auditing;

public static class AuditingModelBuilderExtensions
{
    public static void ConfigureAuditLogging(this ModelBuilder builder)
    {
        builder.Entity<AuditLog>(b =>
        {
            b.ToTable("AbpAuditLogs");
            b.Property(x => x.UserName).HasMaxLength(256);
            b.Property(x => x.HttpMethod).HasMaxLength(16);
            b.Property(x => x.Url).HasMaxLength(256);
            b.Property(x => x.ClientIpAddress).HasMaxLength(64);
            b.HasIndex(x => new { x.TenantId, x.ExecutionTime });
            b.HasMany(x => x.EntityChanges).WithOne().HasForeignKey(x => x.AuditLogId);
        });
        builder.Entity<EntityChange>(b =>
        {
            b.ToTable("AbpEntityChanges");
            b.Property(x => x.EntityId).HasMaxLength(128);
            b.Property(x => x.EntityTypeFullName).HasMaxLength(128);
            b.HasIndex(x => new { x.TenantId, x.EntityTypeFullName, x.EntityId });
            b.HasMany(x => x.PropertyChanges).WithOne().HasForeignKey(x => x.EntityChangeId);
        });
        builder.Entity<EntityPropertyChange>(b =>
        {
            b.ToTable("AbpEntityPropertyChanges");
            b.Property(x => x.PropertyName).HasMaxLength(128);
            b.Property(x => x.OriginalValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
            b.Property(x => x.NewValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
        });
    }
}
