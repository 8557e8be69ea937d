using Humanitarian.Framework.Application;

namespace Humanitarian.Organization.Documents;

public sealed class DocumentAttachmentDto : CreationAuditedEntityDto<Guid>
{
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";
}
