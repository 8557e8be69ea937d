namespace Humanitarian.Organization.Services;

/// <summary>Calendar-day rules (terms, deadlines) follow Vietnam's day, not the server's or UTC.</summary>
internal static class VietnamCalendar
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
