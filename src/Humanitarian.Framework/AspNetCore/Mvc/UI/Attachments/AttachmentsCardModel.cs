using System.Globalization;
using Humanitarian.Framework.Content;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI.Attachments;

/// <summary>The upload form's one input; services report its refusals under <c>file</c>.</summary>
public sealed class AttachmentUploadInput
{
    public IRemoteStreamContent? File { get; set; }
}

/// <summary>
/// The model of the <c>_AttachmentsCard</c> partial: a record's files with download, delete and upload. The
/// partial posts to the page's own handlers — <c>Upload</c> (form field <c>Input.File</c>),
/// <c>DeleteAttachment</c> and GET <c>Download</c>, each with <c>attachmentId</c> and the record's <c>id</c>.
/// </summary>
public sealed class AttachmentsCardModel
{
    /// <summary>What the upload form accepts; the service checks extension and content again.</summary>
    public const string AcceptedFileTypes = ".pdf,.docx,.xlsx";

    public required Guid RecordId { get; init; }
    public required IReadOnlyList<FileAttachmentDto> Items { get; init; }

    /// <summary>Upload and delete are offered; the service decides again.</summary>
    public bool CanChange { get; init; }

    /// <summary>The size limit the service applies, for the form's help.</summary>
    public long MaxBytes { get; init; }

    /// <summary>Only for the upload input's name (<c>Input.File</c>), which the pages bind.</summary>
    public AttachmentUploadInput Input { get; } = new();

    public string MaxMegabytes => (MaxBytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>"1,2 MB", "350 KB".</summary>
    public static string FileSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture) + " MB"
        : Math.Max(1, (long)Math.Ceiling(bytes / 1024d)).ToString(CultureInfo.CurrentCulture) + " KB";
}
