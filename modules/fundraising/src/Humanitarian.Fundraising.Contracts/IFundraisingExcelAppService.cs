using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Pledges;

namespace Humanitarian.Fundraising;

/// <summary>
/// The module's other lists out to Excel (.xlsx), each at its list's <c>/export-excel</c>, with the list's
/// filters and the list's permission (donations have their own, <see cref="Donations.IDonationExcelAppService"/>).
/// </summary>
public interface IFundraisingExcelAppService : IApplicationService
{
    /// <summary><c>/api/app/fund/export-excel</c>: each fund with its balance and what of it is restricted.</summary>
    Task<IRemoteStreamContent> ExportFundsAsync(FundListInput input);

    /// <summary><c>/api/app/donor/export-excel</c>: contacts and the recorded consent to publish the name.</summary>
    Task<IRemoteStreamContent> ExportDonorsAsync(DonorListInput input);

    /// <summary><c>/api/app/pledge/export-excel</c>: promised, fulfilled, still owed, overdue.</summary>
    Task<IRemoteStreamContent> ExportPledgesAsync(PledgeListInput input);

    /// <summary><c>/api/app/disbursement/export-excel</c>.</summary>
    Task<IRemoteStreamContent> ExportDisbursementsAsync(DisbursementListInput input);
}
