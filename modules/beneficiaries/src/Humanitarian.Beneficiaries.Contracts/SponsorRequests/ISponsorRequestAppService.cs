using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.SponsorRequests;

/// <summary>The chapter's side of the public "I want to sponsor" requests, at <c>/api/app/sponsor-request</c>.</summary>
public interface ISponsorRequestAppService : IApplicationService
{
    /// <summary>Newest first; <c>filter</c> matches the requester's name, case and marks folded.</summary>
    Task<PagedResultDto<SponsorRequestDto>> GetListAsync(SponsorRequestListInput input);

    Task<SponsorRequestDto> GetAsync(Guid id);

    /// <summary>
    /// Creates the sponsorship (an <c>Other</c> sponsor named after the requester) under the sponsorship rules,
    /// in the same unit of work: below the floor, an address no longer sponsorable or already sponsored → 400.
    /// </summary>
    Task<SponsorshipDto> ApproveAsync(Guid id, ApproveSponsorRequestDto input);

    Task<SponsorRequestDto> DeclineAsync(Guid id, DeclineSponsorRequestDto input);
}
