using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Funds;

/// <summary>Funds at <c>/api/app/fund</c>: what they hold, what is restricted, every entry that made it.</summary>
public interface IFundAppService : IApplicationService
{
    /// <summary><c>filter</c> matches the code or the name, case and marks folded.</summary>
    Task<PagedResultDto<FundDto>> GetListAsync(FundListInput input);

    Task<FundDto> GetAsync(Guid id);

    /// <summary>A code the tenant already uses → 400 naming <c>code</c>.</summary>
    Task<FundDto> CreateAsync(CreateFundDto input);

    Task<FundDto> UpdateAsync(Guid id, UpdateFundDto input);

    /// <summary>Only a fund nothing was recorded in: one with ledger entries is a closed record → 400.</summary>
    Task DeleteAsync(Guid id);

    /// <summary>What each restriction still holds (those emptied included, so a purpose's history stays visible).</summary>
    Task<ListResultDto<FundRestrictionDto>> GetRestrictionsAsync(Guid id);

    /// <summary>
    /// What the fund received and spent in each of the last 12 calendar months up to today's (Asia/Ho_Chi_Minh),
    /// oldest first, by the entries' dates: a cancellation counts against what was received, a disbursement as spent.
    /// </summary>
    Task<ListResultDto<FundMonthDto>> GetMonthsAsync(Guid id);

    /// <summary>The fund's entries, newest first.</summary>
    Task<PagedResultDto<FundLedgerEntryDto>> GetLedgerAsync(Guid id, FundLedgerInput input);
}
