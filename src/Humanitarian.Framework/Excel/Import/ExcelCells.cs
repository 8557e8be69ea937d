using System.Globalization;
using System.Text;
using Humanitarian.Framework.Text;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>Cell values as the importers see them: trimmed text, or null for an empty cell.</summary>
public static class ExcelCells
{
    public static string? ToText(object? value)
    {
        var text = value switch
        {
            null or DBNull => null,
            string s => s,
            bool b => b ? "true" : "false",
            // A code typed as a number comes back as a double: 20 rather than 20.0. (A leading zero the
            // cell never kept cannot be recovered; codes belong in text cells.)
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
            DateTime t => t.TimeOfDay == TimeSpan.Zero
                ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// The form in which headers and vocabulary are compared: folded as search text (case, marks, đ) and
    /// without spaces or punctuation, so "Mã cấp trên", "ma cap tren" and "MaCapTren" agree.
    /// </summary>
    public static string Fold(string? text)
    {
        var folded = SearchText.Normalize(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(char.IsLetterOrDigit))
        {
            builder.Append(c);
        }
        return builder.ToString();
    }
}
