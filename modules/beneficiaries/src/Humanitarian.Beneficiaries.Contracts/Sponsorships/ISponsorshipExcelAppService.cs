using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Beneficiaries.Sponsorships;

/// <summary>Sponsorships out to Excel (.xlsx), at <c>/api/app/sponsorship/export-excel</c>.</summary>
public interface ISponsorshipExcelAppService : IApplicationService
{
    /// <summary>The sponsorships matching the list's filters, one row each, with what was delivered and what is due.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(SponsorshipListInput input);
}
