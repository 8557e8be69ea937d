using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>Humanitarian addresses out to Excel (.xlsx), at <c>/api/app/humanitarian-address/export-excel</c>.</summary>
public interface IHumanitarianAddressExcelAppService : IApplicationService
{
    /// <summary>
    /// The addresses matching the list's filters, one row each. National ID and health columns only for a
    /// reader with SensitiveData, and each such export is written to the audit log as a read.
    /// </summary>
    Task<IRemoteStreamContent> ExportExcelAsync(HumanitarianAddressListInput input);
}
