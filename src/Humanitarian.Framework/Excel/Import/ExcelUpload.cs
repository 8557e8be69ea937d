using System.Globalization;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>An uploaded import file: size first (before reading), then content, as attachments are checked.</summary>
internal static class ExcelUpload
{
    public static async Task<byte[]> ReadAsync(IRemoteStreamContent? file, IStringLocalizer l, CancellationToken cancellationToken)
    {
        if (file is null || file.ContentLength is null or 0)
        {
            throw new AbpValidationException(l["ExcelFileRequired"], "file");
        }
        var fileName = UploadFileName.From(file.FileName ?? "");
        if (file.ContentLength > ExcelImportConsts.MaxImportBytes)
        {
            var megabytes = (ExcelImportConsts.MaxImportBytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);
            throw new AbpValidationException(l["ExcelFileTooLarge", fileName, megabytes], "file");
        }
        var content = new byte[file.ContentLength.Value];
        await file.GetStream().ReadExactlyAsync(content, cancellationToken);
        // By content, whatever the name says: a ZIP package holding an xl/ folder. An old .xls or a CSV is refused.
        if (UploadFileTypes.ContentTypeOf(".xlsx", content) is null)
        {
            throw new AbpValidationException(l["ExcelFileNotXlsx", fileName], "file");
        }
        return content;
    }
}
