using Humanitarian.Framework.Content;

namespace Humanitarian.Organization.Documents;

public sealed class DocumentAttachmentDto : FileAttachmentDto;
