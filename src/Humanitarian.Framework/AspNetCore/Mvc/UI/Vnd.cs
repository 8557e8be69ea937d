using System.Globalization;
using System.Text.RegularExpressions;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI;

/// <summary>
/// Money is a whole number of Vietnamese đồng (<c>long</c>), written as Vietnam writes it: dots group
/// the thousands (<c>1.234.567 ₫</c>), whatever the UI culture, and there is never a fraction.
/// </summary>
public static partial class Vnd
{
    public const string Symbol = "₫";

    // The invariant culture's digits with Vietnam's grouping; no culture lookup, so en pages agree.
    private static readonly NumberFormatInfo Grouping = new() { NumberGroupSeparator = ".", NumberGroupSizes = [3], NegativeSign = "-" };

    /// <summary><c>1.234.567</c>: the number alone, as an amount input shows it.</summary>
    public static string FormatNumber(long amount) => amount.ToString("#,0", Grouping);

    /// <summary><c>1.234.567 ₫</c> (with a no-break space, so the symbol never wraps to the next line).</summary>
    public static string Format(long amount) => FormatNumber(amount) + "\u00A0" + Symbol;

    /// <inheritdoc cref="Format(long)"/>
    public static string Format(long? amount) => amount is { } value ? Format(value) : "";

    /// <summary>
    /// Reads a non-negative amount typed as <c>1234567</c>, <c>1.234.567</c> or <c>1.234.567 ₫</c>. A comma,
    /// a fraction, a sign, misplaced dots or more than <see cref="long.MaxValue"/> are refused rather than
    /// guessed: <c>1,5</c> could mean one and a half or fifteen.
    /// </summary>
    public static bool TryParse(string? text, out long amount)
    {
        amount = 0;
        var match = text is null ? null : Amount().Match(text.Trim());
        return match is { Success: true }
               && long.TryParse(match.Groups["number"].Value.Replace(".", "", StringComparison.Ordinal),
                   NumberStyles.None, CultureInfo.InvariantCulture, out amount);
    }

    // Digits alone, or groups of three after the first; an optional ₫.
    [GeneratedRegex(@"^(?<number>[0-9]+|[0-9]{1,3}(\.[0-9]{3})+)(\s*₫)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
