using System.Globalization;
using Humanitarian.Framework.Timing;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI;

/// <summary>
/// Times are stored in UTC and shown in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no DST); calendar
/// days (issue dates, terms) are shown as Vietnam writes them, <c>dd/MM/yyyy</c>.
/// </summary>
public static class VietnamTime
{
    public const string DatePattern = "dd/MM/yyyy";

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(
            utc.Kind == DateTimeKind.Utc ? utc : DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamCalendar.Zone);

    /// <summary><c>23/11/2026 14:05:09</c> in vi-VN, the culture's own pattern otherwise.</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("G", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime utc) => FromUtc(utc).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A calendar day as <c>23/11/2026</c>, whatever the UI culture.</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <inheritdoc cref="FormatDate(DateOnly)"/>
    public static string FormatDate(DateOnly? date) => date is { } day ? FormatDate(day) : "";
}
