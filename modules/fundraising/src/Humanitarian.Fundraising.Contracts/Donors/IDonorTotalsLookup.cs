namespace Humanitarian.Fundraising.Donors;

/// <summary>
/// Integration service for Awards (a commendation for donors who gave at least a threshold): each donor's
/// total in a period, in the current tenant, without the caller's permissions.
/// </summary>
public interface IDonorTotalsLookup
{
    /// <returns>Donors who gave at least <paramref name="atLeast"/> đồng from <paramref name="from"/> to <paramref name="to"/>, most first.</returns>
    Task<IReadOnlyList<DonorTotalDto>> GetAtLeastAsync(DateOnly from, DateOnly to, long atLeast);
}
