using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Entities;

namespace Humanitarian.Organization.Services.Documents;

internal static class DocumentMappings
{
    public static DocumentDto ToDto(this Document document, FormerTenantNames formerTenants) => new()
    {
        Id = document.Id,
        Kind = document.Kind,
        Number = document.Number,
        IssueDate = document.IssueDate,
        Issuer = document.Issuer,
        IssuerUnitId = document.IssuerUnitId,
        Signer = document.Signer,
        Title = document.Title,
        Summary = document.Summary,
        Note = document.Note,
        RecipientUnitIds = document.Recipients.Select(r => r.UnitId).ToList(),
        LegalBasis = document.LegalBasis.OrderBy(b => b.Position)
            .Select(b => new DocumentLegalBasisDto { DocumentId = b.ReferencedDocumentId, Reference = b.Reference }).ToList(),
        Attachments = document.Attachments.OrderBy(a => a.CreationTime).Select(a => a.ToDto<DocumentAttachmentDto>()).ToList(),
        ConcurrencyStamp = document.ConcurrencyStamp,
        TenantId = document.TenantId,
        FormerTenantName = formerTenants.Of(document.TenantId),
        CreationTime = document.CreationTime,
        CreatorId = document.CreatorId,
        LastModificationTime = document.LastModificationTime,
        LastModifierId = document.LastModifierId,
    };

    /// <summary>An edit form filled with the record as it is.</summary>
    public static UpdateDocumentDto ToUpdateDto(this DocumentDto document) => new()
    {
        Kind = document.Kind,
        Number = document.Number,
        IssueDate = document.IssueDate,
        Issuer = document.Issuer,
        IssuerUnitId = document.IssuerUnitId,
        Signer = document.Signer,
        Title = document.Title,
        Summary = document.Summary,
        Note = document.Note,
        RecipientUnitIds = document.RecipientUnitIds.ToList(),
        ConcurrencyStamp = document.ConcurrencyStamp,
    };
}
