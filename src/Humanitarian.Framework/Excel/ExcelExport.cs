using System.Data;
using Humanitarian.Framework.Content;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Humanitarian.Framework.Excel;

/// <summary>
/// One sheet with a header row, written as .xlsx: text stays text (UTF-8 inside the package, so
/// Vietnamese letters are kept), dates are real dates shown day/month/year, numbers are numbers.
/// </summary>
public sealed class ExcelExport(string sheetName)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly char[] SheetNameForbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    // Windows' list, whatever the server's: the file is saved on the user's machine.
    private static readonly char[] FileNameForbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];
    private const int MaxSheetNameLength = 31;
    private const int MaxFileNameLength = 150;

    private const string DateFormat = "dd/MM/yyyy";
    private const int MinWidth = 8, MaxWidth = 60;

    private readonly string _sheetName = SheetName(sheetName);
    private readonly DataTable _table = new();

    public ExcelExport Text(string header) => Column(header, typeof(string));

    public ExcelExport Number(string header) => Column(header, typeof(int));

    /// <summary>Money: whole VND as a <c>long</c>, since a sum of amounts outgrows an <c>int</c>.</summary>
    public ExcelExport Amount(string header) => Column(header, typeof(long));

    /// <summary>A measured figure with decimals (a percentage, a reported quantity).</summary>
    public ExcelExport Decimal(string header) => Column(header, typeof(decimal));

    public ExcelExport Date(string header) => Column(header, typeof(DateTime));

    public void Add(params object?[] values) =>
        _table.Rows.Add(values.Select(v => v switch
        {
            null => DBNull.Value,
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            _ => v,
        }).ToArray());

    /// <param name="fileName">The name without extension, shown to the user as it is (Content-Disposition
    /// filename*=UTF-8''…) less the characters a file name cannot have.</param>
    public IRemoteStreamContent ToFile(string fileName) => ToFile(fileName, [this]);

    /// <summary>Several sheets in one workbook, in the order given (e.g. a fund's donations, then its disbursements).</summary>
    /// <inheritdoc cref="ToFile(string)" path="/param"/>
    public static IRemoteStreamContent ToFile(string fileName, IReadOnlyList<ExcelExport> sheets)
    {
        var stream = new MemoryStream();
        var workbook = sheets.ToDictionary(s => s._sheetName, s => (object)s._table);
        stream.SaveAs(workbook, configuration: new OpenXmlConfiguration
        {
            // MiniExcel formats columns by header across all sheets: a header two sheets share takes the wider width.
            DynamicColumns = [.. sheets.SelectMany(s => s._table.Columns.Cast<DataColumn>().Select(s.ColumnFormat))
                .GroupBy(c => c.Key).Select(g => g.MaxBy(c => c.Width)!)],
        });
        stream.Position = 0;
        return new RemoteStreamContent(stream, FileName(fileName), ContentType);
    }

    /// <summary>Wide enough for the header and the longest value (MiniExcel's auto width ignores headers).</summary>
    private DynamicExcelColumn ColumnFormat(DataColumn column)
    {
        var isDate = column.DataType == typeof(DateTime);
        var longest = _table.Rows.Cast<DataRow>()
            .Select(r => isDate ? DateFormat.Length : r[column] is string text ? text.Length : r[column].ToString()!.Length)
            .Append(column.ColumnName.Length).Max();
        return new DynamicExcelColumn(column.ColumnName)
        {
            Width = Math.Clamp(longest + 2, MinWidth, MaxWidth),
            Format = isDate ? DateFormat : null,
        };
    }

    private ExcelExport Column(string header, Type type)
    {
        _table.Columns.Add(header, type);
        return this;
    }

    private static string SheetName(string name)
    {
        var cleaned = new string(name.Select(c => SheetNameForbidden.Contains(c) ? '-' : c).ToArray()).Trim();
        return cleaned.Length > MaxSheetNameLength ? cleaned[..MaxSheetNameLength] : cleaned;
    }

    private static string FileName(string name)
    {
        var stem = new string(name
            .Select(c => FileNameForbidden.Contains(c) || char.IsControl(c) ? '-' : c).ToArray()).Trim();
        if (stem.Length > MaxFileNameLength)
        {
            stem = stem[..MaxFileNameLength].TrimEnd();
        }
        return stem + ".xlsx";
    }
}
