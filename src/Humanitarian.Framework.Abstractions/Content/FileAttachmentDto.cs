using Humanitarian.Framework.Application;

namespace Humanitarian.Framework.Content;

/// <summary>A stored attachment as every module shows it: its bytes are downloaded apart.</summary>
public class FileAttachmentDto : CreationAuditedEntityDto<Guid>
{
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";
}
