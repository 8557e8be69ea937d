using System.IO.Compression;
using System.Text;

namespace Humanitarian.Framework.Content;

/// <summary>
/// The file types an upload may be (a document's attachment, an import's workbook), recognised by extension
/// and by content: a PDF starts with "%PDF-"; DOCX and XLSX are ZIP packages holding a word/ or xl/
/// folder. A renamed program fails both.
/// </summary>
public static class UploadFileTypes
{
    private sealed record FileType(string ContentType, string? PackageFolder);

    private static readonly byte[] PdfSignature = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, FileType> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new("application/pdf", null),
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/"),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/"),
    };

    public static bool IsAllowedExtension(string fileName) => ByExtension.ContainsKey(Path.GetExtension(fileName));

    /// <returns>The content type to serve the file with, or null when the content is not what the extension says.</returns>
    public static string? ContentTypeOf(string fileName, byte[] content)
    {
        var type = ByExtension[Path.GetExtension(fileName)];
        var matches = type.PackageFolder is null
            ? content.AsSpan().StartsWith(PdfSignature)
            : content.AsSpan().StartsWith(ZipSignature) && HasPackageFolder(content, type.PackageFolder);
        return matches ? type.ContentType : null;
    }

    private static bool HasPackageFolder(byte[] content, string folder)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
