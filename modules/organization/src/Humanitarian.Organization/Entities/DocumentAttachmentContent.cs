using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Entities;

/// <summary>The bytes of an attachment (same id), kept apart so that loading a document never loads files.</summary>
[DisableAuditing]
public sealed class DocumentAttachmentContent : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public byte[] Content { get; private set; } = [];

    private DocumentAttachmentContent() { }

    public DocumentAttachmentContent(Guid attachmentId, byte[] content) : base(attachmentId) => Content = content;
}
