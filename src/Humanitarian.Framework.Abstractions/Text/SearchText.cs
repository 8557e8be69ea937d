using System.Globalization;
using System.Text;

namespace Humanitarian.Framework.Text;

/// <summary>
/// The folded form of Vietnamese text used for search and uniqueness: lower case, tone and vowel marks
/// removed, đ → d. Neither SQLite's nor MariaDB's collations fold đ, so entities store this form in an
/// indexed column and queries compare against it.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var isSpace = char.IsWhiteSpace(c);
            if (!(isSpace && lastWasSpace))
            {
                builder.Append(isSpace ? ' ' : c);
            }
            lastWasSpace = isSpace;
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
