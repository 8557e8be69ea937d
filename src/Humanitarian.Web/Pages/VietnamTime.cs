using System.Globalization;

namespace Humanitarian.Web.Pages;

/// <summary>Times are stored in UTC and shown in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no DST).</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc.Kind == DateTimeKind.Utc ? utc : DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary><c>23/11/2026 14:05:09</c> in vi-VN, the culture's own pattern otherwise.</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("G", CultureInfo.CurrentCulture);

    public static string FormatDate(DateTime utc) => FromUtc(utc).ToString("d", CultureInfo.CurrentCulture);
}
