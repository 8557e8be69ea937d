using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data;

internal static class ExcelImportOperationMapping
{
    public static void ConfigureExcelImportOperations(this ModelBuilder builder)
    {
        builder.Entity<ExcelImportOperation>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("ExcelImportOperations"), OrganizationDbProperties.DbSchema);
            b.Property(o => o.Id).ValueGeneratedNever();
            b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(o => o.Error).HasMaxLength(1024);
            b.HasIndex(o => o.CreationTime);
        });
    }
}
