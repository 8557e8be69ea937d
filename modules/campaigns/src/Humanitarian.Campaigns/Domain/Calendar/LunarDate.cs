namespace Humanitarian.Campaigns.Domain.Calendar;

/// <summary>A day of the Vietnamese lunar calendar (âm lịch); a leap month repeats the number of the month before it.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
