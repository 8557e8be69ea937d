using System.Globalization;
using System.Security.Cryptography;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.Text;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Content;

/// <summary>An attachment that passed <see cref="AttachmentUploads"/>: its clean name, its real type and its bytes.</summary>
public sealed record CheckedAttachment(string FileName, string ContentType, byte[] Content)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));
}

/// <summary>
/// Reads an uploaded attachment (form field <c>file</c>) the same way in every module: size first, before
/// reading a byte; then the name; then the type by extension and by content (PDF, DOCX, XLSX).
/// </summary>
public sealed class AttachmentUploads(IStringLocalizer<AbpFrameworkResource> l) : ITransientDependency
{
    /// <exception cref="AbpValidationException">On <c>file</c>: missing, too large, a name too long, a type not accepted.</exception>
    public async Task<CheckedAttachment> ReadAsync(IRemoteStreamContent? file, long maxBytes)
    {
        if (file is null)
        {
            throw new AbpValidationException(l["AttachmentRequired"], "file");
        }
        var fileName = UploadFileName.From(file.FileName ?? "");
        if (file.ContentLength > maxBytes)
        {
            var megabytes = (maxBytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);
            throw new AbpValidationException(l["AttachmentTooLarge", fileName, megabytes], "file");
        }
        if (fileName.Length > UploadFileName.MaxLength)
        {
            throw new AbpValidationException(l["AttachmentFileNameTooLong", UploadFileName.MaxLength], "file");
        }
        if (!UploadFileTypes.IsAllowedExtension(fileName))
        {
            throw new AbpValidationException(l["AttachmentTypeNotAllowed"], "file");
        }
        var content = new byte[file.ContentLength ?? 0];
        await file.GetStream().ReadExactlyAsync(content);
        var contentType = UploadFileTypes.ContentTypeOf(fileName, content)
                          ?? throw new AbpValidationException(l["AttachmentContentMismatch", fileName], "file");
        return new CheckedAttachment(fileName, contentType, content);
    }
}
