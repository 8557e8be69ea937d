using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Donors;

/// <summary>
/// The review queue of probable duplicate donors at <c>/api/app/donor-duplicate</c>: pairs side by side,
/// merged into one donor or confirmed as two.
/// </summary>
public interface IDonorDuplicateAppService : IApplicationService
{
    /// <summary>The tenant's pairs, less those confirmed as two donors.</summary>
    Task<PagedResultDto<DonorDuplicatePairDto>> GetListAsync(DonorDuplicatePairListInput input);

    /// <summary>
    /// The duplicate's donations, pledges and sponsorships move to the kept donor, which takes what it
    /// lacked; the duplicate is deleted, keeping where it went. Two different tax codes are refused.
    /// </summary>
    Task<DonorDto> MergeAsync(MergeDonorsDto input);

    /// <summary>"Không phải cùng một nhà hảo tâm": the pair is never offered again.</summary>
    Task DismissAsync(DismissDonorDuplicateDto input);
}
