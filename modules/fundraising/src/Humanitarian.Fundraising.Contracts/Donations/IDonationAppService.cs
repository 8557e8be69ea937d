using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Donations;

/// <summary>
/// Donations at <c>/api/app/donation</c>. A donation is never changed or deleted: a mistake is
/// cancelled with its reason (a reversing entry in the fund's ledger, its receipt number kept) and
/// recorded again.
/// </summary>
public interface IDonationAppService : IApplicationService
{
    /// <summary><c>filter</c>: a receipt number (<c>2024/123</c> or <c>2024/000123</c>), or part of a donor's or a restriction's name, case and marks folded.</summary>
    Task<PagedResultDto<DonationDto>> GetListAsync(DonationListInput input);

    Task<DonationDto> GetAsync(Guid id);

    /// <summary>Numbers the receipt and adds the amount to the fund (and its restriction) in one save.</summary>
    Task<DonationDto> CreateAsync(CreateDonationDto input);

    /// <summary>
    /// Takes the amount back out of the fund; refused (400) when it was already cancelled or when what
    /// it gave has been spent (the fund or its restriction would go below zero).
    /// </summary>
    Task<DonationDto> CancelAsync(Guid id, CancelDonationDto input);
}
