using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data;

internal static class UnitMapping
{
    public static void ConfigureUnits(this ModelBuilder builder)
    {
        builder.Entity<Unit>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("Units"), OrganizationDbProperties.DbSchema);
            b.Property(u => u.Code).HasMaxLength(UnitConsts.MaxCodeLength).IsRequired();
            b.Property(u => u.NormalizedCode).HasMaxLength(UnitConsts.MaxCodeLength);
            b.Property(u => u.Name).HasMaxLength(UnitConsts.MaxNameLength).IsRequired();
            b.Property(u => u.NormalizedName).HasMaxLength(UnitConsts.MaxNameLength).IsRequired();
            b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
            b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<AdministrativeArea>().WithMany().HasForeignKey(u => u.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(u => u.Contacts).WithOne().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(u => new { u.TenantId, u.NormalizedCode }).IsUnique();
            b.HasIndex(u => new { u.TenantId, u.NormalizedName });
        });

        builder.Entity<UnitContact>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("UnitContacts"), OrganizationDbProperties.DbSchema);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Name).HasMaxLength(UnitConsts.MaxContactNameLength).IsRequired();
            b.Property(c => c.Position).HasMaxLength(UnitConsts.MaxContactPositionLength);
            b.Property(c => c.Email).HasMaxLength(UnitConsts.MaxContactEmailLength);
            b.Property(c => c.Phone).HasMaxLength(UnitConsts.MaxContactPhoneLength);
        });
    }
}
