using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Calendar;

namespace Humanitarian.Campaigns.Domain.Campaigns;

/// <summary>
/// The periods of a campaign from its template: the start and end of its first run. An occurrence is numbered by
/// the year its end falls in, the solar year for <see cref="CampaignRecurrence.Yearly"/> and
/// <see cref="CampaignRecurrence.None"/>, the lunar year for <see cref="CampaignRecurrence.YearlyLunar"/>, so a
/// Tết campaign's occurrence bears the year of the Tết it leads to: Tết Nhân ái 2025 runs from 15/12 Giáp Thìn
/// (14 January 2025) to Tết Ất Tỵ (29 January 2025). No occurrence comes before the template's.
/// </summary>
public static class CampaignOccurrences
{
    public static OccurrencePeriod? For(CampaignRecurrence recurrence, DateOnly templateStart, DateOnly templateEnd, int year)
    {
        CheckTemplate(recurrence, templateStart, templateEnd);
        var templateYear = YearOf(recurrence, templateEnd);
        if (year < templateYear || (recurrence == CampaignRecurrence.None && year != templateYear))
        {
            return null;
        }
        return recurrence switch
        {
            CampaignRecurrence.None => new OccurrencePeriod(year, templateStart, templateEnd),
            // AddYears moves 29 February to the 28th in a common year.
            CampaignRecurrence.Yearly => new OccurrencePeriod(year,
                templateStart.AddYears(year - templateYear), templateEnd.AddYears(year - templateYear)),
            CampaignRecurrence.YearlyLunar => LunarOccurrence(templateStart, templateEnd, year),
            _ => throw new ArgumentOutOfRangeException(nameof(recurrence), recurrence, null),
        };
    }

    /// <summary>The occurrences that share at least a day with <paramref name="from"/>..<paramref name="to"/>, by year.</summary>
    public static IReadOnlyList<OccurrencePeriod> Overlapping(
        CampaignRecurrence recurrence, DateOnly templateStart, DateOnly templateEnd, DateOnly from, DateOnly to)
    {
        CheckTemplate(recurrence, templateStart, templateEnd);
        if (recurrence == CampaignRecurrence.None)
        {
            // One run, however many years it spans (2019–2025): the window below only holds for runs shorter than a year.
            var only = new OccurrencePeriod(templateEnd.Year, templateStart, templateEnd);
            return only.Overlaps(from, to) ? [only] : [];
        }
        // Occurrence Y ends between 1 January Y and the Tết of Y + 1 and lasts under a year (a lunar one gains at most a
        // leap month), so it can overlap only if Y is from from.Year − 1 to to.Year + 2.
        var first = Math.Max(from.Year - 1, YearOf(recurrence, templateEnd));
        var last = Math.Min(to.Year + 2,
            recurrence == CampaignRecurrence.YearlyLunar ? VietnameseLunarCalendar.MaxYear : DateOnly.MaxValue.Year);
        var result = new List<OccurrencePeriod>();
        for (var year = first; year <= last; year++)
        {
            if (For(recurrence, templateStart, templateEnd, year) is { } occurrence && occurrence.Overlaps(from, to))
            {
                result.Add(occurrence);
            }
        }
        return result;
    }

    /// <summary>The year of the template's own occurrence, the first one.</summary>
    public static int YearOf(CampaignRecurrence recurrence, DateOnly end) =>
        recurrence == CampaignRecurrence.YearlyLunar ? VietnameseLunarCalendar.FromSolar(end).Year : end.Year;

    private static void CheckTemplate(CampaignRecurrence recurrence, DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({end}) before it starts ({start}).", nameof(end));
        }
        if (recurrence != CampaignRecurrence.None && end >= start.AddYears(1))
        {
            throw new ArgumentException("A period that comes back every year must be shorter than a year.", nameof(end));
        }
    }

    /// <summary>
    /// Each end of the template is kept as a lunar date counted from the lunar year the template ends in (for Tết
    /// Nhân ái: 15/12 of the year before, 1/1 of the year), then laid on the requested year.
    /// </summary>
    private static OccurrencePeriod LunarOccurrence(DateOnly templateStart, DateOnly templateEnd, int year)
    {
        var start = VietnameseLunarCalendar.FromSolar(templateStart);
        var end = VietnameseLunarCalendar.FromSolar(templateEnd);
        return new OccurrencePeriod(year, SameLunarDay(start, year + start.Year - end.Year), SameLunarDay(end, year));
    }

    /// <summary>
    /// The lunar day and month of <paramref name="date"/> in <paramref name="lunarYear"/>. A leap month that year
    /// lacks becomes the ordinary month of its number, and a 30th its month lacks becomes the 29th, the month's last
    /// day (so 30 Tháng Chạp stays New Year's Eve).
    /// </summary>
    private static DateOnly SameLunarDay(LunarDate date, int lunarYear)
    {
        var isLeap = date.IsLeapMonth && VietnameseLunarCalendar.LeapMonthOf(lunarYear) == date.Month;
        var day = Math.Min(date.Day, VietnameseLunarCalendar.DaysInMonth(lunarYear, date.Month, isLeap));
        return VietnameseLunarCalendar.ToSolar(lunarYear, date.Month, day, isLeap);
    }
}
