using System.Globalization;
using System.Text.RegularExpressions;
using Humanitarian.Framework.Timing;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI;

/// <summary>
/// Times are stored in UTC and shown in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no DST); calendar
/// days (issue dates, terms) are shown as Vietnam writes them, <c>dd/MM/yyyy</c>.
/// </summary>
public static partial class VietnamTime
{
    public const string DatePattern = "dd/MM/yyyy";

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(
            utc.Kind == DateTimeKind.Utc ? utc : DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamCalendar.Zone);

    /// <summary><c>23/11/2026 14:05:09</c> in vi-VN, the culture's own pattern otherwise.</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("G", CultureInfo.CurrentCulture);

    /// <summary><c>23/11/2026 14:05</c> whatever the UI culture: lists of events, where seconds are noise.</summary>
    public static string FormatMinutes(DateTime utc) => FromUtc(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string FormatDate(DateTime utc) => FromUtc(utc).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A calendar day as <c>23/11/2026</c>, whatever the UI culture.</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <inheritdoc cref="FormatDate(DateOnly)"/>
    public static string FormatDate(DateOnly? date) => date is { } day ? FormatDate(day) : "";

    /// <summary>
    /// Reads a calendar day as Vietnam writes it, <c>dd/MM/yyyy</c> (a one-digit day or month is accepted:
    /// <c>5/3/2025</c>), never the browser's or the UI culture's order: <c>05/03/2025</c> is 5 March.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        var match = text is null ? null : DayMonthYear().Match(text.Trim());
        return match is { Success: true }
               && DateOnly.TryParseExact(match.Value, "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();
}
