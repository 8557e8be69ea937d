using Humanitarian.Framework.Content;

namespace Humanitarian.Organization.Entities;

public sealed class DocumentAttachmentContent : FileAttachmentContent
{
    private DocumentAttachmentContent() { }

    public DocumentAttachmentContent(Guid attachmentId, byte[] content) : base(attachmentId, content) { }
}
