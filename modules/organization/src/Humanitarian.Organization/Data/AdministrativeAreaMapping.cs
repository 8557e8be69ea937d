using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data;

internal static class AdministrativeAreaMapping
{
    public static void ConfigureAdministrativeAreas(this ModelBuilder builder)
    {
        builder.Entity<AdministrativeArea>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("AdministrativeAreas"), OrganizationDbProperties.DbSchema);
            b.Property(a => a.Code).HasMaxLength(AdministrativeAreaConsts.MaxCodeLength).IsRequired();
            b.Property(a => a.NormalizedCode).HasMaxLength(AdministrativeAreaConsts.MaxCodeLength);
            b.Property(a => a.Name).HasMaxLength(AdministrativeAreaConsts.MaxNameLength).IsRequired();
            b.Property(a => a.NormalizedName).HasMaxLength(AdministrativeAreaConsts.MaxNameLength).IsRequired();
            b.Property(a => a.FormerNames).HasMaxLength(AdministrativeAreaConsts.MaxFormerNamesLength);
            b.Property(a => a.NormalizedFormerNames).HasMaxLength(AdministrativeAreaConsts.MaxFormerNamesLength);
            b.Property(a => a.Level).HasConversion<string>().HasMaxLength(32);
            b.HasOne<AdministrativeArea>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(a => new { a.TenantId, a.NormalizedCode }).IsUnique();
            b.HasIndex(a => new { a.TenantId, a.NormalizedName });
        });
    }
}
