using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
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
            b.HasIndex(a => new { a.TenantId, a.CommuneId });
            b.HasIndex(a => new { a.TenantId, a.SurveyingUnitId });
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
