using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Fundraising.Donations;

/// <summary>Donations out to Excel (.xlsx), at <c>/api/app/donation/export-excel</c>.</summary>
public interface IDonationExcelAppService : IApplicationService
{
    /// <summary>The donations matching the list's filters, one row each, cancelled ones marked with their reason.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(DonationListInput input);
}
