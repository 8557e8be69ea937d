namespace Humanitarian.Campaigns.Domain.Campaigns;

/// <summary>One year's run of a campaign, both days included.</summary>
public sealed record OccurrencePeriod(int Year, DateOnly StartDate, DateOnly EndDate)
{
    public bool Overlaps(DateOnly from, DateOnly to) => StartDate <= to && from <= EndDate;
}
