namespace Humanitarian.Framework.Excel;

public static class ExcelImportConsts
{
    /// <summary>The largest Excel file an import accepts (5 MB).</summary>
    public const long MaxImportBytes = 5 * 1024 * 1024;

    /// <summary>The most data rows an import accepts (the header row not counted).</summary>
    public const int MaxImportRows = 10_000;

    /// <summary>The most rows read, blank ones and title rows included: room for blank rows between data rows, no more.</summary>
    public const int MaxScannedRows = 2 * MaxImportRows;

    /// <summary>An import with more data rows than this runs in the background and reports progress.</summary>
    public const int BackgroundImportThreshold = 500;
}
