using Humanitarian.Framework.Text;

namespace Humanitarian.Organization.Documents;

public static class DocumentConsts
{
    public const int MaxNumberLength = 64;
    public const int MaxIssuerLength = 256;
    public const int MaxSignerLength = 256;

    /// <summary>A subject line (trích yếu) is often longer than a name.</summary>
    public const int MaxTitleLength = 512;

    public const int MaxSummaryLength = 4000;
    public const int MaxNoteLength = 4000;
    public const int MaxReferenceLength = 256;
    public const int MaxFileNameLength = UploadFileName.MaxLength;
    public const int MaxRecipients = 500;
    public const int MaxLegalBases = 100;

    /// <summary>Default for the setting <c>Organization:MaxAttachmentBytes</c>.</summary>
    public const long DefaultMaxAttachmentBytes = 10 * 1024 * 1024;
}
