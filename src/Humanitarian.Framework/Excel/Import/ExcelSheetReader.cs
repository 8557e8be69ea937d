using System.Globalization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// A column an import reads: its field name (also accepted as a header; the name of the input DTO's
/// property it fills, camelCase), and the key of its header in the module's localization resource.
/// </summary>
public sealed record ExcelColumn(string Field, string HeaderKey, bool Required = false, params string[] Aliases);

/// <summary>One data row: its number as Excel shows it, and the text of each recognised column.</summary>
public sealed record ExcelRow(int Number, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string field] => Cells.GetValueOrDefault(field);
}

/// <summary>
/// Reads the first sheet of an import file. The header row is the first row naming every required
/// column (title rows above it, as published lists have, are skipped); headers are matched in any
/// language regardless of case, marks and spacing. Blank rows are skipped; more data rows than the
/// limit is a 400, and so is a file over the <see cref="ExcelImportGuard"/>'s limits (checked first).
/// </summary>
public sealed class ExcelSheetReader(ExcelImportGuard guard, IStringLocalizer<AbpFrameworkResource> framework) : ITransientDependency
{
    /// <summary>How far down the header row is looked for.</summary>
    private const int HeaderSearchRows = 10;

    private static readonly ExcelImportLimits Limits = new(ExcelImportConsts.MaxScannedRows);

    /// <param name="l">The module's resource, holding the columns' headers.</param>
    public List<ExcelRow> Read(byte[] content, IReadOnlyList<ExcelColumn> columns, IStringLocalizer l)
    {
        var vocabulary = new ExcelVocabulary(l);
        var headerWords = columns.ToDictionary(
            c => c.Field,
            c => new HashSet<string>(vocabulary.Folded(c.HeaderKey).Concat(c.Aliases.Append(c.Field).Select(ExcelCells.Fold))));
        var rows = new List<ExcelRow>();
        Dictionary<string, string>? fieldOfColumn = null;
        try
        {
            guard.CheckPackage(content, Limits, "file");
            using var stream = new MemoryStream(content, writable: false);
            var number = 0;
            foreach (var cells in guard.Scan(stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>(), Limits, "file"))
            {
                number++;
                if (fieldOfColumn is null)
                {
                    var matched = MatchHeaders(cells, columns, headerWords);
                    if (columns.All(c => !c.Required || matched.ContainsValue(c.Field)))
                    {
                        fieldOfColumn = matched;
                    }
                    else if (number >= HeaderSearchRows)
                    {
                        break;
                    }
                    continue;
                }
                var values = fieldOfColumn.ToDictionary(f => f.Value, f => ExcelCells.ToText(cells.TryGetValue(f.Key, out var v) ? v : null));
                if (values.Values.All(v => v is null))
                {
                    continue;
                }
                if (rows.Count == ExcelImportConsts.MaxImportRows)
                {
                    throw new AbpValidationException(
                        framework["ExcelTooManyRows", ExcelImportConsts.MaxImportRows.ToString("N0", CultureInfo.CurrentCulture)], "file");
                }
                rows.Add(new ExcelRow(number, values));
            }
        }
        catch (Exception e) when (e is not AbpValidationException and not OperationCanceledException)
        {
            // A ZIP with an xl/ folder whose workbook does not parse: MiniExcel throws whatever its reader hits.
            throw new AbpValidationException(framework["ExcelFileUnreadable"], "file");
        }
        if (fieldOfColumn is null)
        {
            var required = columns.Where(c => c.Required).Select(c => l[c.HeaderKey].Value);
            throw new AbpValidationException(framework["ExcelMissingColumns", string.Join(", ", required)], "file");
        }
        if (rows.Count == 0)
        {
            throw new AbpValidationException(framework["ExcelFileHasNoRows"], "file");
        }
        return rows;
    }

    /// <returns>Column letter → field, for the columns this row names.</returns>
    private static Dictionary<string, string> MatchHeaders(
        IDictionary<string, object?> row, IReadOnlyList<ExcelColumn> columns, Dictionary<string, HashSet<string>> headerWords)
    {
        var fieldOfColumn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in row)
        {
            var folded = ExcelCells.Fold(ExcelCells.ToText(value));
            var column = folded.Length == 0 ? null : columns.FirstOrDefault(c => headerWords[c.Field].Contains(folded));
            // The first column with a header wins; a repeated header is ignored.
            if (column is not null && !fieldOfColumn.ContainsValue(column.Field))
            {
                fieldOfColumn[letter] = column.Field;
            }
        }
        return fieldOfColumn;
    }
}
