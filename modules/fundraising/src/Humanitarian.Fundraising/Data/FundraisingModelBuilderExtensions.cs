using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Data;

public static class FundraisingModelBuilderExtensions
{
    /// <summary>
    /// The module's tables (Fnd*), called from the host's DbContext; conventions as the other modules':
    /// enums as names. Units, committees, campaigns, documents and addresses belong to other modules:
    /// referenced by plain ids, checked through their contracts.
    /// </summary>
    public static void ConfigureFundraising(this ModelBuilder builder)
    {
        builder.Entity<Fund>(b =>
        {
            b.ToTable(TableName("Funds"), FundraisingDbProperties.DbSchema);
            b.Property(f => f.Code).HasMaxLength(FundraisingConsts.MaxCodeLength).IsRequired();
            b.Property(f => f.NormalizedCode).HasMaxLength(FundraisingConsts.MaxCodeLength).IsRequired();
            b.Property(f => f.Name).HasMaxLength(FundraisingConsts.MaxNameLength).IsRequired();
            b.Property(f => f.NormalizedName).HasMaxLength(FundraisingConsts.MaxNameLength).IsRequired();
            b.HasIndex(f => new { f.TenantId, f.NormalizedCode }).IsUnique();
        });
        builder.Entity<FundRestriction>(b =>
        {
            b.ToTable(TableName("FundRestrictions"), FundraisingDbProperties.DbSchema);
            b.Property(r => r.Name).HasMaxLength(FundraisingConsts.MaxRestrictionLength).IsRequired();
            b.Property(r => r.NormalizedName).HasMaxLength(FundraisingConsts.MaxRestrictionLength).IsRequired();
            b.HasOne<Fund>().WithMany().HasForeignKey(r => r.FundId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(r => new { r.FundId, r.NormalizedName }).IsUnique();
        });
        builder.Entity<ReceiptSequence>(b =>
        {
            b.ToTable(TableName("ReceiptSequences"), FundraisingDbProperties.DbSchema);
            b.HasKey(s => new { s.FundId, s.Year });
            b.HasOne<Fund>().WithMany().HasForeignKey(s => s.FundId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<FundLedgerEntry>(b =>
        {
            b.ToTable(TableName("FundLedgerEntries"), FundraisingDbProperties.DbSchema);
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
            b.HasOne<Fund>().WithMany().HasForeignKey(e => e.FundId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(e => new { e.FundId, e.CreationTime });
            b.HasIndex(e => new { e.TenantId, e.Date });
        });
        builder.Entity<Donor>(b =>
        {
            b.ToTable(TableName("Donors"), FundraisingDbProperties.DbSchema);
            b.Property(d => d.Name).HasMaxLength(FundraisingConsts.MaxNameLength).IsRequired();
            b.Property(d => d.NormalizedName).HasMaxLength(FundraisingConsts.MaxNameLength).IsRequired();
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.TaxCode).HasMaxLength(14);
            b.Property(d => d.Phone).HasMaxLength(20);
            b.Property(d => d.NormalizedPhone).HasMaxLength(20);
            b.Property(d => d.Email).HasMaxLength(256);
            b.Property(d => d.Address).HasMaxLength(FundraisingConsts.MaxTextLength);
            b.Property(d => d.PublishNameRecordedBy).HasMaxLength(256);
            b.HasIndex(d => new { d.TenantId, d.NormalizedName });
            b.HasIndex(d => new { d.TenantId, d.TaxCode });
        });
        builder.Entity<DonorNotDuplicatePair>(b =>
        {
            b.ToTable(TableName("DonorNotDuplicatePairs"), FundraisingDbProperties.DbSchema);
            b.HasIndex(p => new { p.TenantId, p.FirstDonorId, p.SecondDonorId }).IsUnique();
            b.HasIndex(p => new { p.TenantId, p.SecondDonorId });
        });
        builder.Entity<Donation>(b =>
        {
            b.ToTable(TableName("Donations"), FundraisingDbProperties.DbSchema);
            b.Property(d => d.ReceiptNumber).HasMaxLength(16).IsRequired();
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(8);
            b.Property(d => d.Currency).HasMaxLength(3);
            b.Property(d => d.ForeignAmount).HasPrecision(18, 2);
            b.Property(d => d.ExchangeRate).HasPrecision(18, 6);
            b.Property(d => d.Description).HasMaxLength(FundraisingConsts.MaxTextLength);
            b.Property(d => d.Restriction).HasMaxLength(FundraisingConsts.MaxRestrictionLength);
            b.Property(d => d.CancellationReason).HasMaxLength(FundraisingConsts.MaxReasonLength);
            b.HasOne<Fund>().WithMany().HasForeignKey(d => d.FundId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Donor>().WithMany().HasForeignKey(d => d.DonorId).OnDelete(DeleteBehavior.Restrict);
            // The last word on "no receipt number given twice", whatever happens above it.
            b.HasIndex(d => new { d.FundId, d.ReceiptYear, d.ReceiptSequence }).IsUnique();
            // The list's default order (newest first, then the id ApplySorting adds), so a page reads 20 entries
            // instead of sorting the tenant's every gift (233,000 in the bench's largest province: 238 ms on MariaDB);
            // its prefix serves the periods summed for the growth figure as (TenantId, Date) did. A unit's list
            // likewise: with the first index alone MariaDB walks the tenant in date order to fill a unit's page.
            b.HasIndex(d => new { d.TenantId, d.Date, d.Id }).IsDescending(false, true, false);
            b.HasIndex(d => new { d.TenantId, d.CreditedUnitId, d.Date, d.Id }).IsDescending(false, false, true, false);
            b.HasIndex(d => new { d.TenantId, d.DonorId });
            // A fund's gifts of a period (its page, the list filtered by fund and dates), counted from the index
            // alone: through the date index the database read and counted the tenant's whole month (four funds'),
            // and with (FundId, Date) it still read each gift's row to check its tenant.
            b.HasIndex(d => new { d.TenantId, d.FundId, d.Date });
            // The search box finds a restriction's gifts by its id (DonationSearch).
            b.HasIndex(d => new { d.TenantId, d.RestrictionId });
            b.HasIndex(d => d.PledgeId);
        });
        builder.Entity<Pledge>(b =>
        {
            b.ToTable(TableName("Pledges"), FundraisingDbProperties.DbSchema);
            b.Property(p => p.Note).HasMaxLength(FundraisingConsts.MaxTextLength);
            b.HasOne<Fund>().WithMany().HasForeignKey(p => p.FundId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Donor>().WithMany().HasForeignKey(p => p.DonorId).OnDelete(DeleteBehavior.Restrict);
            // Overdue pledges: by due date.
            b.HasIndex(p => new { p.TenantId, p.DueDate });
            b.HasMany(p => p.Instalments).WithOne().HasForeignKey(i => i.PledgeId).OnDelete(DeleteBehavior.Cascade);
            // A few rows a pledge, read with it wherever it is read: its rules need them.
            b.Navigation(p => p.Instalments).AutoInclude();
        });
        builder.Entity<PledgeInstalment>(b =>
        {
            b.ToTable(TableName("PledgeInstalments"), FundraisingDbProperties.DbSchema);
            b.HasIndex(i => new { i.PledgeId, i.DueDate }).IsUnique();
        });
        builder.Entity<Disbursement>(b =>
        {
            b.ToTable(TableName("Disbursements"), FundraisingDbProperties.DbSchema);
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(8);
            b.Property(d => d.Purpose).HasMaxLength(FundraisingConsts.MaxTextLength).IsRequired();
            b.Property(d => d.Restriction).HasMaxLength(FundraisingConsts.MaxRestrictionLength);
            b.Property(d => d.RecipientKind).HasConversion<string>().HasMaxLength(24);
            b.HasOne<Fund>().WithMany().HasForeignKey(d => d.FundId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(d => new { d.TenantId, d.FundId, d.Date });
        });
    }

    private static string TableName(string name) => FundraisingDbProperties.DbTablePrefix + name;
}
