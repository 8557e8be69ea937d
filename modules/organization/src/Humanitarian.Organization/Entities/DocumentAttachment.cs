using Humanitarian.Framework.Content;

namespace Humanitarian.Organization.Entities;

/// <summary>A file attached to a document; its bytes are in <see cref="DocumentAttachmentContent"/>, read only on download.</summary>
public sealed class DocumentAttachment : FileAttachment
{
    public Guid DocumentId { get; private set; }

    private DocumentAttachment() { }

    internal DocumentAttachment(Guid id, Guid documentId, CheckedAttachment upload) : base(id, upload) => DocumentId = documentId;
}
