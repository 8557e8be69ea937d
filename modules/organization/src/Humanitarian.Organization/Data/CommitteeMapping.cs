using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data;

internal static class CommitteeMapping
{
    public static void ConfigureCommittees(this ModelBuilder builder)
    {
        builder.Entity<Committee>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("Committees"), OrganizationDbProperties.DbSchema);
            b.Property(c => c.Name).HasMaxLength(CommitteeConsts.MaxNameLength).IsRequired();
            b.Property(c => c.NormalizedName).HasMaxLength(CommitteeConsts.MaxNameLength).IsRequired();
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(c => c.CampaignOrFundName).HasMaxLength(CommitteeConsts.MaxCampaignOrFundNameLength);
            b.HasOne<Committee>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Document>().WithMany().HasForeignKey(c => c.EstablishingDocumentId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(c => new { c.TenantId, c.NormalizedName });
        });

        builder.Entity<CommitteeMember>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("CommitteeMembers"), OrganizationDbProperties.DbSchema);
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.FullName).HasMaxLength(CommitteeConsts.MaxMemberFullNameLength).IsRequired();
            b.Property(m => m.Title).HasMaxLength(CommitteeConsts.MaxMemberTitleLength);
            b.Property(m => m.Position).HasConversion<string>().HasMaxLength(32);
            b.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
            // Sign-in looks up a user's current seats.
            b.HasIndex(m => new { m.TenantId, m.UserId });
        });
    }
}
