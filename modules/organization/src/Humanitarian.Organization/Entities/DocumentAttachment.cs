using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Entities;

/// <summary>A file attached to a document; its bytes are in <see cref="DocumentAttachmentContent"/>, read only on download.</summary>
public sealed class DocumentAttachment : CreationAuditedEntity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid DocumentId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";

    private DocumentAttachment() { }

    internal DocumentAttachment(Guid id, Guid documentId, string fileName, string contentType, long size, string sha256) : base(id)
    {
        DocumentId = documentId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
    }
}
