namespace Humanitarian.Framework.Timing;

/// <summary>
/// Calendar-day rules (terms, deadlines, "before March") follow Vietnam's day (Asia/Ho_Chi_Minh, UTC+7,
/// no daylight saving), not the server's or UTC; times are stored in UTC.
/// </summary>
public static class VietnamCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>Today in Vietnam, by the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The calendar day in Vietnam of a UTC time (23:30 UTC is the next morning there).</summary>
    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>The UTC time at which a calendar day begins in Vietnam (00:00 on the 5th is 17:00 UTC on the 4th).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);
}
