using Humanitarian.Organization.Documents;

namespace Humanitarian.Organization.Services;

/// <summary>Configuration section <c>Organization</c>.</summary>
public sealed class OrganizationOptions
{
    public const string SectionName = "Organization";

    /// <summary>The largest attachment accepted, in bytes (10 MB unless configured).</summary>
    public long MaxAttachmentBytes { get; set; } = DocumentConsts.DefaultMaxAttachmentBytes;
}
