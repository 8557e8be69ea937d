using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Beneficiaries.Surveys;
using Humanitarian.Beneficiaries.Verifications;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Data;

public static class BeneficiariesModelBuilderExtensions
{
    /// <summary>
    /// The module's tables (Ben*), called from the host's DbContext; conventions as Organization's: enums
    /// as names, long text without a database length. Units and communes are Organization's: referenced
    /// by plain ids, checked through its contracts.
    /// </summary>
    public static void ConfigureBeneficiaries(this ModelBuilder builder)
    {
        builder.Entity<HumanitarianAddress>(b =>
        {
            b.ToTable(TableName("HumanitarianAddresses"), BeneficiariesDbProperties.DbSchema);
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.Name).HasMaxLength(HumanitarianAddressConsts.MaxNameLength).IsRequired();
            b.Property(a => a.NormalizedName).HasMaxLength(HumanitarianAddressConsts.MaxNameLength).IsRequired();
            b.Property(a => a.Sex).HasConversion<string>().HasMaxLength(8);
            // Data Protection's ciphertext of 12 digits is some 200 characters; the HMAC is 64 hex digits.
            b.Property(a => a.ProtectedNationalId).HasMaxLength(512);
            b.Property(a => a.NationalIdHash).HasMaxLength(64);
            b.Property(a => a.Phone).HasMaxLength(HumanitarianAddressConsts.MaxPhoneLength);
            b.Property(a => a.AddressLine).HasMaxLength(HumanitarianAddressConsts.MaxAddressLineLength);
            b.Property(a => a.Commune).HasMaxLength(HumanitarianAddressConsts.MaxCommuneLength);
            b.Property(a => a.NormalizedCommune).HasMaxLength(HumanitarianAddressConsts.MaxCommuneLength).IsRequired();
            b.Property(a => a.FacilityKind).HasConversion<string>().HasMaxLength(32);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            b.ComplexProperty(a => a.SurveyConsent);
            b.ComplexProperty(a => a.ShareConsent);
            b.ComplexProperty(a => a.PublishConsent);
            b.HasIndex(a => new { a.TenantId, a.NationalIdHash });
            // Probable duplicates: same folded name, birth year and commune.
            b.HasIndex(a => new { a.TenantId, a.NormalizedName, a.BirthYear, a.NormalizedCommune });
            // The list's order (name, then id for equal names): a page is read in index order, not sorted.
            b.HasIndex(a => new { a.TenantId, a.NormalizedName, a.Id });
            b.HasIndex(a => new { a.TenantId, a.CommuneId });
            b.HasIndex(a => new { a.TenantId, a.SurveyingUnitId });
        });
        builder.Entity<Sponsorship>(b =>
        {
            b.ToTable(TableName("Sponsorships"), BeneficiariesDbProperties.DbSchema);
            b.Property(s => s.SponsorKind).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.SponsorName).HasMaxLength(SponsorshipConsts.MaxSponsorNameLength).IsRequired();
            b.Property(s => s.NormalizedSponsorName).HasMaxLength(SponsorshipConsts.MaxSponsorNameLength).IsRequired();
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(8);
            b.Property(s => s.Note).HasMaxLength(SponsorshipConsts.MaxNoteLength);
            b.HasOne<HumanitarianAddress>().WithMany().HasForeignKey(s => s.HumanitarianAddressId).OnDelete(DeleteBehavior.Restrict);
            // A sponsor's page lists its sponsorships; "behind" compares the next due date with today.
            b.HasIndex(s => new { s.TenantId, s.SponsorKind, s.SponsorId });
            b.HasIndex(s => new { s.TenantId, s.NextDueDate });
        });
        builder.Entity<SupportDelivery>(b =>
        {
            b.ToTable(TableName("SupportDeliveries"), BeneficiariesDbProperties.DbSchema);
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(8);
            b.Property(d => d.Description).HasMaxLength(SponsorshipConsts.MaxDescriptionLength);
            b.HasOne<Sponsorship>().WithMany().HasForeignKey(d => d.SponsorshipId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<HumanitarianAddress>().WithMany().HasForeignKey(d => d.HumanitarianAddressId).OnDelete(DeleteBehavior.Restrict);
            // Addresses helped in a period: deliveries by date.
            b.HasIndex(d => new { d.TenantId, d.Date });
        });
        builder.Entity<NotDuplicatePair>(b =>
        {
            b.ToTable(TableName("NotDuplicatePairs"), BeneficiariesDbProperties.DbSchema);
            b.HasIndex(p => new { p.TenantId, p.FirstAddressId, p.SecondAddressId }).IsUnique();
            b.HasIndex(p => new { p.TenantId, p.SecondAddressId });
        });
        builder.Entity<SurveyRound>(b =>
        {
            b.ToTable(TableName("SurveyRounds"), BeneficiariesDbProperties.DbSchema);
            b.Property(r => r.Title).HasMaxLength(SurveyRoundConsts.MaxTitleLength).IsRequired();
            b.HasMany(r => r.Units).WithOne().HasForeignKey(u => u.SurveyRoundId).OnDelete(DeleteBehavior.Cascade);
            // The yearly survey: one round a year per tenant, even when two are opened at once.
            b.HasIndex(r => new { r.TenantId, r.Year }).IsUnique();
        });
        builder.Entity<SurveyRoundUnit>(b =>
        {
            b.ToTable(TableName("SurveyRoundUnits"), BeneficiariesDbProperties.DbSchema);
            b.Property(u => u.Id).ValueGeneratedNever();
            b.HasIndex(u => new { u.SurveyRoundId, u.UnitId }).IsUnique();
        });
        builder.Entity<DeliveryVerification>(b =>
        {
            b.ToTable(TableName("DeliveryVerifications"), BeneficiariesDbProperties.DbSchema);
            b.Property(v => v.Name).HasMaxLength(DeliveryVerificationConsts.MaxNameLength);
            b.HasMany(v => v.Items).WithOne().HasForeignKey(i => i.DeliveryVerificationId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(v => new { v.TenantId, v.From });
        });
        builder.Entity<DeliveryVerificationItem>(b =>
        {
            b.ToTable(TableName("DeliveryVerificationItems"), BeneficiariesDbProperties.DbSchema);
            b.Property(i => i.Id).ValueGeneratedNever();
            b.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(24);
            b.Property(i => i.Note).HasMaxLength(DeliveryVerificationConsts.MaxNoteLength);
            // The delivery, sponsorship and address by plain ids: the item keeps what was drawn even if
            // a delivery is withdrawn or two addresses are merged afterwards.
            b.HasIndex(i => new { i.TenantId, i.SupportDeliveryId });
        });
        builder.Entity<SponsorRequest>(b =>
        {
            b.ToTable(TableName("SponsorRequests"), BeneficiariesDbProperties.DbSchema);
            b.Property(r => r.RequesterName).HasMaxLength(SponsorRequestConsts.MaxRequesterNameLength).IsRequired();
            b.Property(r => r.NormalizedRequesterName).HasMaxLength(SponsorRequestConsts.MaxRequesterNameLength).IsRequired();
            b.Property(r => r.Organisation).HasMaxLength(SponsorRequestConsts.MaxOrganisationLength);
            b.Property(r => r.Phone).HasMaxLength(SponsorRequestConsts.MaxPhoneLength);
            b.Property(r => r.Email).HasMaxLength(SponsorRequestConsts.MaxEmailLength);
            b.Property(r => r.Message).HasMaxLength(SponsorRequestConsts.MaxMessageLength);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.DeclineReason).HasMaxLength(SponsorRequestConsts.MaxReasonLength);
            b.HasOne<HumanitarianAddress>().WithMany().HasForeignKey(r => r.HumanitarianAddressId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Sponsorship>().WithMany().HasForeignKey(r => r.SponsorshipId).OnDelete(DeleteBehavior.Restrict);
            // The staff list: pending first, newest first.
            b.HasIndex(r => new { r.TenantId, r.Status, r.CreationTime });
        });
        builder.Entity<NationalIdKey>(b =>
        {
            b.ToTable(TableName("NationalIdKeys"), BeneficiariesDbProperties.DbSchema);
            b.Property(k => k.Id).ValueGeneratedNever();
            b.Property(k => k.ProtectedKey).HasMaxLength(1024).IsRequired();
        });
    }

    private static string TableName(string name) => BeneficiariesDbProperties.DbTablePrefix + name;
}
