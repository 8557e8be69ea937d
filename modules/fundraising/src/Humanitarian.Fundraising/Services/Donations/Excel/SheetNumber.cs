using System.Globalization;
using System.Text.RegularExpressions;

namespace Humanitarian.Fundraising.Services.Donations.Excel;

/// <summary>
/// A number as a Vietnamese sheet holds it. A numeric cell arrives as invariant text (1234567.5); a text
/// cell, as its writer grouped it (1.234.567 or 1,234,567, decimals after a comma in Vietnamese). So a
/// separator followed by groups of exactly three digits groups thousands; otherwise a single separator
/// marks the decimals; with both, the last one does.
/// </summary>
public static partial class SheetNumber
{
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var compact = text.Replace(" ", "").Replace("\u00a0", "").Replace("₫", "").Replace("VND", "", StringComparison.OrdinalIgnoreCase);
        var dot = compact.LastIndexOf('.');
        var comma = compact.LastIndexOf(',');
        string normalized;
        if (dot >= 0 && comma >= 0)
        {
            var (group, point) = dot > comma ? (",", '.') : (".", ',');
            normalized = compact.Replace(group, "").Replace(point, '.');
        }
        else if (dot < 0 && comma < 0)
        {
            normalized = compact;
        }
        else
        {
            var separator = dot >= 0 ? '.' : ',';
            normalized = Grouped().IsMatch(compact.Replace(separator, '_'))
                ? compact.Replace(separator.ToString(), "")
                : compact.Count(c => c == separator) == 1 ? compact.Replace(separator, '.') : "";
        }
        return Plain().IsMatch(normalized)
               && decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^-?\d{1,3}(_\d{3})+$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex Plain();
}
