using Humanitarian.Framework.Application;
using Humanitarian.Fundraising.Funds;

namespace Humanitarian.Fundraising.Pages.Fundraising.Funds;

/// <summary>What a fund received and spent in each of its last months, summed from its ledger.</summary>
public sealed record FundMonth(DateOnly Month, long Received, long Spent);

public static class FundMonths
{
    public const int Count = 12;

    /// <summary>
    /// The last <see cref="Count"/> months up to <paramref name="today"/>'s, oldest first. The ledger comes
    /// newest first, so reading stops at the first older entry: an old fund costs no more than a young one.
    /// A cancellation counts against what was received (it undoes a gift), a disbursement as spent.
    /// </summary>
    public static async Task<List<FundMonth>> ReadAsync(IFundAppService funds, Guid fundId, DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Count);
        var received = new long[Count];
        var spent = new long[Count];
        for (var skip = 0; ; skip += LimitedResultRequestDto.MaxMaxResultCount)
        {
            var page = await funds.GetLedgerAsync(fundId, new FundLedgerInput { SkipCount = skip, MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount });
            foreach (var entry in page.Items)
            {
                if (entry.Date < first)
                {
                    return Months(first, received, spent);
                }
                var index = (entry.Date.Year - first.Year) * 12 + entry.Date.Month - first.Month;
                if (index >= Count)
                {
                    continue; // dated after today's month: not drawn
                }
                if (entry.Kind == LedgerEntryKind.Disbursement)
                {
                    spent[index] -= entry.Amount;
                }
                else
                {
                    received[index] += entry.Amount;
                }
            }
            if (page.Items.Count == 0 || skip + page.Items.Count >= page.TotalCount)
            {
                return Months(first, received, spent);
            }
        }
    }

    private static List<FundMonth> Months(DateOnly first, long[] received, long[] spent) =>
        Enumerable.Range(0, Count).Select(i => new FundMonth(first.AddMonths(i), received[i], spent[i])).ToList();
}
