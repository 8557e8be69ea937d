using Humanitarian.Framework.Content;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data;

internal static class DocumentMapping
{
    /// <summary>Room for "unit:" or "name:" before the unit id or the folded issuer name.</summary>
    private const int MaxIssuerKeyLength = DocumentConsts.MaxIssuerLength + 8;

    public static void ConfigureDocuments(this ModelBuilder builder)
    {
        builder.Entity<Document>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("Documents"), OrganizationDbProperties.DbSchema);
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(d => d.Number).HasMaxLength(DocumentConsts.MaxNumberLength);
            b.Property(d => d.NormalizedNumber).HasMaxLength(DocumentConsts.MaxNumberLength);
            b.Property(d => d.Issuer).HasMaxLength(DocumentConsts.MaxIssuerLength).IsRequired();
            b.Property(d => d.IssuerKey).HasMaxLength(MaxIssuerKeyLength).IsRequired();
            b.Property(d => d.Signer).HasMaxLength(DocumentConsts.MaxSignerLength);
            b.Property(d => d.Title).HasMaxLength(DocumentConsts.MaxTitleLength);
            b.Property(d => d.NormalizedText).IsRequired();
            b.HasOne<Unit>().WithMany().HasForeignKey(d => d.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(d => d.Recipients).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(d => d.LegalBasis).WithOne().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(d => d.Attachments).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(d => new { d.TenantId, d.IssuerKey, d.IssueYear, d.NormalizedNumber }).IsUnique();
            b.HasIndex(d => new { d.TenantId, d.IssueDate });
        });

        builder.Entity<DocumentRecipient>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("DocumentRecipients"), OrganizationDbProperties.DbSchema);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(r => new { r.DocumentId, r.UnitId }).IsUnique();
        });

        builder.Entity<DocumentLegalBasis>(b =>
        {
            b.ToTable(OrganizationModelBuilderExtensions.TableName("DocumentLegalBases"), OrganizationDbProperties.DbSchema);
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.Reference).HasMaxLength(DocumentConsts.MaxReferenceLength).IsRequired();
            // The cited document may be a parent tenant's or the host's: a plain key, whatever its tenant.
            b.HasOne<Document>().WithMany().HasForeignKey(l => l.ReferencedDocumentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.ConfigureFileAttachment<DocumentAttachment, DocumentAttachmentContent>(
            OrganizationModelBuilderExtensions.TableName("DocumentAttachments"),
            OrganizationModelBuilderExtensions.TableName("DocumentAttachmentContents"), OrganizationDbProperties.DbSchema);
    }
}
